using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>
/// Records, while one requirement is evaluated, the atoms that were decided and the facts that were missing.
/// The compiled evaluator and the reference interpreter both report through this class, in the same order,
/// so that their explanations are identical.
/// </summary>
public sealed class EvaluationTrace
{
    private const int MaxEvidence = 12;
    private readonly List<string> evidence = [];
    private readonly List<string> missing = [];
    private int droppedEvidence;
    private int suppressMissing;

    /// <summary>While suppressed, unknown facts are not listed as missing: <c>is bekend</c> is definite about them.</summary>
    public void SuppressMissing() => suppressMissing++;

    public void RestoreMissing() => suppressMissing--;

    /// <summary>Notes a fact read; an unknown one is listed as missing.</summary>
    public T? Fact<T>(T? value, string path)
    {
        if (value is null && suppressMissing == 0 && !missing.Contains(path))
        {
            missing.Add(path);
        }

        return value;
    }

    /// <summary>"fteHuisarts 0,8 &lt; normFte 1,0": the relation that actually holds between the values.</summary>
    public void Comparison(string? leftLabel, object? left, ValueKind leftKind, string? rightLabel, object? right, ValueKind rightKind, int? order)
    {
        var relation = order switch
        {
            null => "?",
            < 0 => "<",
            0 => "=",
            > 0 => ">",
        };
        Add($"{Operand(leftLabel, left, leftKind)} {relation} {Operand(rightLabel, right, rightKind)}");
    }

    /// <summary>For values without an order (keuze, tekst, ja/nee): "soort RHO ≠ Huisartsenpraktijk".</summary>
    public void Equality(string? leftLabel, object? left, ValueKind leftKind, string? rightLabel, object? right, ValueKind rightKind, bool? equal)
    {
        var relation = equal switch { true => "=", false => "≠", null => "?" };
        Add($"{Operand(leftLabel, left, leftKind)} {relation} {Operand(rightLabel, right, rightKind)}");
    }

    /// <summary>A ja/nee fact or definition used as a condition: "preferenteRegio: ja".</summary>
    public void Flag(string label, bool? value) => Add($"{label}: {ValueFormatter.Format(value, ValueKind.Boolean)}");

    /// <summary>"agbCode is bekend", "veroordelingen is niet leeg".</summary>
    public void Test(string label, string test, bool outcome) => Add(outcome ? $"{label} is {test}" : $"{label} is niet {test}");

    /// <summary>"soort RHO in [RHO, HDS]: ja" — used for <c>in</c>, <c>niet in</c> and <c>bevat</c> (written item-first).</summary>
    public void Membership(string? itemLabel, object? item, ValueKind itemKind, string relation, string? listLabel, object? list, bool? outcome) =>
        Add($"{Operand(itemLabel, item, itemKind)} {relation} {Operand(listLabel, list, ValueKind.List)}: {ValueFormatter.Format(outcome, ValueKind.Boolean)}");

    /// <summary>Returns what was recorded since the last call and starts afresh.</summary>
    public (IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) Take()
    {
        var taken = droppedEvidence > 0 ? [.. evidence, $"… en nog {droppedEvidence}"] : evidence.ToArray();
        var missingTaken = missing.ToArray();
        evidence.Clear();
        missing.Clear();
        droppedEvidence = 0;
        return (taken, missingTaken);
    }

    private void Add(string atom)
    {
        if (evidence.Contains(atom))
        {
            return;
        }

        if (evidence.Count >= MaxEvidence)
        {
            droppedEvidence++;
            return;
        }

        evidence.Add(atom);
    }

    private static string Operand(string? label, object? value, ValueKind kind) =>
        label is null ? ValueFormatter.Format(value, kind) : $"{label} {ValueFormatter.Format(value, kind)}";
}
