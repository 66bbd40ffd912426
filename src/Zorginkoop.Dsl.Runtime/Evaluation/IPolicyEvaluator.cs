using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>
/// What every evaluator of a policy offers, whether compiled by Roslyn or interpreting the checked model:
/// the policy's contents without reflection, and its requirement sets evaluated over facts.
/// </summary>
public interface IPolicyEvaluator
{
    PolicyInfo Info { get; }

    /// <summary>The record of facts that requirements are about (<c>gegevens … als aanbieder</c>), if declared.</summary>
    RecordSchema? SubjectSchema { get; }

    /// <summary>Evaluates one requirement set with explanations.</summary>
    RequirementSetResult Evaluate(string requirementSet, FactRecord facts, EvaluationInputs? inputs = null);

    /// <summary>Evaluates one requirement set to its outcome only: the fast path for batches.</summary>
    Outcome Check(string requirementSet, FactRecord facts, EvaluationInputs? inputs = null);

    /// <summary>
    /// Evaluates every requirement set to its outcome, <paramref name="outcomes"/>[i] for
    /// <see cref="PolicyInfo.RequirementSets"/>[i]: the batch path. A compiled policy overrides it to convert the
    /// facts into its typed record once per record instead of once per set.
    /// </summary>
    void CheckAll(FactRecord facts, EvaluationInputs? inputs, Span<Outcome> outcomes)
    {
        var sets = Info.RequirementSets;
        ArgumentOutOfRangeException.ThrowIfLessThan(outcomes.Length, sets.Count, nameof(outcomes));
        for (var i = 0; i < sets.Count; i++)
        {
            outcomes[i] = Check(sets[i].Name, facts, inputs);
        }
    }
}

/// <summary>What a policy contains, as data.</summary>
public sealed record PolicyInfo(
    string? Title,
    string? Insurer,
    IReadOnlyList<RequirementSetInfo> RequirementSets,
    IReadOnlyList<RecordSchema> Records);

public sealed record RequirementSetInfo(string Name, string? Title, IReadOnlyList<RequirementInfo> Requirements);

public sealed record RequirementInfo(string Path, string? Sentence, PolicyLocation Location);
