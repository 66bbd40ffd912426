using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Model;

/// <summary>
/// A bound <c>scenario</c>: the facts it gives (its voorbeeld merged with its own), the date it is evaluated on,
/// events and requests, and what it expects. <see cref="Location"/> is the title, where a runner points.
/// </summary>
public sealed record CheckedScenario(
    string Title,
    SourceLocation Location,
    ScenarioRecord? Facts,
    DateOnly? Date,
    ImmutableArray<ScenarioEvent> Events,
    ImmutableArray<ScenarioRequest> Requests,
    ImmutableArray<ScenarioExpectation> Expectations)
{
    public ScenarioRequest? RequestFor(Symbol target) => Requests.FirstOrDefault(r => ReferenceEquals(r.Target, target));
}

/// <summary><c>gebeurtenis offerte = 25 september 2026</c>: resolves relative timeline entries.</summary>
public sealed record ScenarioEvent(string Name, DateOnly Date, SourceLocation Location);

/// <summary><c>aanvraag PohGgz op 14 februari 2026</c>: an addendum (or a contract with an ingangsdatum rule) requested on a date.</summary>
public sealed record ScenarioRequest(Symbol Target, DateOnly Date, SourceLocation Location);
