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
    private readonly HashSet<string> dropped = [];
    private readonly List<TraceRecording> recordings = [];
    private int suppressMissing;

    /// <summary>While suppressed, unknown facts are not listed as missing: <c>is bekend</c> is definite about them.</summary>
    public void SuppressMissing() => suppressMissing++;

    public void RestoreMissing() => suppressMissing--;

    /// <summary>Notes a fact read; an unknown one is listed as missing.</summary>
    public T? Fact<T>(T? value, string path)
    {
        if (value is null)
        {
            Missing(path);
        }

        return value;
    }

    /// <summary>What this evaluation has computed once: definitions (with what they told the trace) and included sets.</summary>
    public EvaluationMemo Memo { get; } = new();

    /// <summary>
    /// A definition evaluated before in this evaluation: tells the trace again what evaluating it told it (so a
    /// memoised use explains as a fresh one) and gives its value. False when it must be evaluated, between
    /// <see cref="BeginDefinition"/> and <see cref="EndDefinition"/>.
    /// </summary>
    public bool TryReplayDefinition<T>(object key, out T value)
    {
        if (Memo.TryGet<DefinitionValue>(key, out var known))
        {
            Replay(known.Recording);
            value = (T)known.Value!;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Starts recording what is told to the trace, for a definition about to be evaluated.</summary>
    public void BeginDefinition() => recordings.Add(new TraceRecording(suppressMissing));

    /// <summary>Ends the innermost recording and remembers the definition's value with what it told the trace.</summary>
    public T EndDefinition<T>(object key, T value)
    {
        var recording = recordings[^1];
        recordings.RemoveAt(recordings.Count - 1);
        Memo.Remember(key, new DefinitionValue(value, recording));
        return value;
    }

    private void Replay(TraceRecording recording)
    {
        foreach (var atom in recording.Atoms)
        {
            Add(atom);
        }

        foreach (var path in recording.Missing)
        {
            Missing(path);
        }
    }

    private void Missing(string path)
    {
        foreach (var recording in recordings)
        {
            if (suppressMissing == recording.Suppression)
            {
                recording.MissingFact(path);
            }
        }

        if (suppressMissing == 0 && !missing.Contains(path))
        {
            missing.Add(path);
        }
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

    /// <summary>
    /// <c>X is voldaan</c>: "Huisartsgeneeskundig: niet voldaan". When the set is onbekend its missing facts are this
    /// condition's too, so the explanation says what to supply.
    /// </summary>
    public void SetOutcome(string set, Outcome outcome, IReadOnlyList<string> missingFacts)
    {
        Add($"{set}: {outcome.ToDutch()}");
        if (outcome == Outcome.Unknown)
        {
            foreach (var path in missingFacts)
            {
                Missing(path);
            }
        }
    }

    /// <summary>"agbCode is bekend", "veroordelingen is niet leeg".</summary>
    public void Test(string label, string test, bool outcome) => Add(outcome ? $"{label} is {test}" : $"{label} is niet {test}");

    /// <summary>"soort RHO in [RHO, HDS]: ja" — used for <c>in</c>, <c>niet in</c> and <c>bevat</c> (written item-first).</summary>
    public void Membership(string? itemLabel, object? item, ValueKind itemKind, string relation, string? listLabel, object? list, bool? outcome) =>
        Add($"{Operand(itemLabel, item, itemKind)} {relation} {Operand(listLabel, list, ValueKind.List)}: {ValueFormatter.Format(outcome, ValueKind.Boolean)}");

    /// <summary>Returns what was recorded since the last call and starts afresh.</summary>
    public (IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) Take()
    {
        var taken = dropped.Count > 0 ? [.. evidence, $"… en nog {dropped.Count}"] : evidence.ToArray();
        var missingTaken = missing.ToArray();
        evidence.Clear();
        missing.Clear();
        dropped.Clear();
        return (taken, missingTaken);
    }

    private void Add(string atom)
    {
        foreach (var recording in recordings)
        {
            recording.Atom(atom);
        }

        if (evidence.Contains(atom))
        {
            return;
        }

        // Counted once per atom, as kept atoms are: telling the trace the same thing twice changes nothing.
        if (evidence.Count >= MaxEvidence)
        {
            dropped.Add(atom);
            return;
        }

        evidence.Add(atom);
    }

    private static string Operand(string? label, object? value, ValueKind kind) =>
        label is null ? ValueFormatter.Format(value, kind) : $"{label} {ValueFormatter.Format(value, kind)}";

    private sealed record DefinitionValue(object? Value, TraceRecording Recording);
}
