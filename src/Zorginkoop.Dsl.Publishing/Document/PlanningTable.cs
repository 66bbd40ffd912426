using System.Collections.Immutable;

namespace Zorginkoop.Dsl.Publishing.Document;

/// <summary>A "Planning zorginkoop" table: Datum en tijd / Wie / Actie / Via, one row per timeline row.</summary>
public sealed record PlanningTable(string Anchor, string Title, ImmutableArray<PlanningRow> Rows);

/// <summary>
/// One row. <see cref="When"/> is the schedule in words, relative deadlines naming the step they follow
/// ("Uiterlijk 6 weken na stap 5 (Aanbieden offerte)"); <see cref="Phase"/> heads a group of rows; <see cref="Notes"/>
/// are its <c>voor</c> and <c>tenzij</c> clauses.
/// </summary>
public sealed record PlanningRow(
    string Anchor,
    int Number,
    string? Phase,
    string When,
    string Who,
    string Action,
    string? Via,
    ImmutableArray<string> Notes,
    string? Schedule);
