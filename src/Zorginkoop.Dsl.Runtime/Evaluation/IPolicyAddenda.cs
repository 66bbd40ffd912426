using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;

namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>
/// Addenda and contract start dates: whether a provider qualifies, and from when. <see cref="Addenda"/> lists
/// every <c>addendum</c> and every <c>eisen</c> set with an <c>ingangsdatum</c> rule.
/// </summary>
public interface IPolicyAddenda
{
    IReadOnlyList<AddendumInfo> Addenda { get; }

    /// <summary>Evaluates an addendum or contract for a request on <paramref name="requestDate"/>; facts may be null to ask only for the start date.</summary>
    AddendumResult EvaluateAddendum(string name, FactRecord? facts, DateOnly requestDate, EvaluationInputs? inputs = null);
}

/// <summary>An addendum (or contract with a start-date rule) as data: what it requires and its rule in the author's words.</summary>
/// <see cref="RequiredContracts"/> holds every contract; <see cref="ContractAlternatives"/> gives the line of each (a
/// <c>vereist overeenkomst A of B</c> line has two contracts with one number), null when every line has one contract.
public sealed record AddendumInfo(string Name, string? Title, bool IsContract, IReadOnlyList<string> RequiredContracts, string? StartDateRule, PolicyLocation Location,
    IReadOnlyList<int>? ContractAlternatives = null, AddendumTerms? Terms = null);
