using System.Collections.Immutable;

namespace Zorginkoop.Dsl.Publishing.Document;

/// <summary>"Overzicht alle wijzigingen ten opzichte van vorig jaar": Onderwerp / Oud / Nieuw, from <c>diff</c>.</summary>
public sealed record ChangeTable(string OldLabel, string NewLabel, ImmutableArray<ChangeRow> Rows);

/// <summary>One change: what (linked when it is in the document), its status and details, and how it read before and after.</summary>
public sealed record ChangeRow(DocumentLink Subject, string? Context, string Status, string? Details, ChangeCell Old, ChangeCell New);

/// <summary>How an element read in one version: its text and its logic or schedule; both null where it did not exist ("N.v.t.").</summary>
public sealed record ChangeCell(string? Text, string? Logic)
{
    public const string Absent = "N.v.t.";

    public bool IsAbsent => Text is null && Logic is null;
}
