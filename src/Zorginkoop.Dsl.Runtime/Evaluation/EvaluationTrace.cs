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
    private readonly List<ElementFrame> frames = [];
    private int suppressMissing;
    private string? elementException;

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
    public void BeginDefinition() => recordings.Add(new TraceRecording(suppressMissing, frames.Count));

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

    /// <summary>"agbCode is bekend", "veroordelingen is niet leeg".</summary>
    public void Test(string label, string test, bool outcome) => Add(outcome ? $"{label} is {test}" : $"{label} is niet {test}");

    /// <summary>"soort RHO in [RHO, HDS]: ja" — used for <c>in</c>, <c>niet in</c> and <c>bevat</c> (written item-first).</summary>
    public void Membership(string? itemLabel, object? item, ValueKind itemKind, string relation, string? listLabel, object? list, bool? outcome) =>
        Add($"{Operand(itemLabel, item, itemKind)} {relation} {Operand(listLabel, list, ValueKind.List)}: {ValueFormatter.Format(outcome, ValueKind.Boolean)}");

    /// <summary>
    /// The description of the first element exception (<see cref="ElementException"/>) among what the last
    /// <see cref="Take"/> returned: a requirement met with it is met by exception (<c>RequirementAssembly.Requirement</c>).
    /// </summary>
    public string? TakenElementException { get; private set; }

    /// <summary>Returns what was recorded since the last call and starts afresh.</summary>
    public (IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) Take()
    {
        TakenElementException = elementException;
        elementException = null;
        var taken = dropped.Count > 0 ? [.. evidence, $"… en nog {dropped.Count}"] : evidence.ToArray();
        var missingTaken = missing.ToArray();
        evidence.Clear();
        missing.Clear();
        dropped.Clear();
        return (taken, missingTaken);
    }

    /// <summary>
    /// A quantifier or sum over a known list starts: what its elements tell the trace is kept per element until
    /// <see cref="EndElements"/>, so that the explanation names the element each value belongs to.
    /// </summary>
    public void BeginElements() => frames.Add(new ElementFrame());

    /// <summary>
    /// The next element (1-based <paramref name="position"/>) is evaluated: "specialist 2 (Jansen)". <paramref name="noun"/>
    /// is the kind of element (the record's name, or "element"), <paramref name="name"/> its name-like text, if any.
    /// </summary>
    public void EnterElement(string noun, int position, string? name)
    {
        if (frames.Count > 0)
        {
            frames[^1].Enter(ElementLabel(noun, position, name));
        }
    }

    /// <summary>The element's predicate (after its exceptions) came out <paramref name="holds"/>; a sum's element passes null.</summary>
    public void LeaveElement(bool? holds)
    {
        if (frames.Count > 0)
        {
            frames[^1].Leave(holds);
        }
    }

    /// <summary>
    /// Ends the innermost quantifier or sum: the atoms of the elements that decided <paramref name="outcome"/> (see
    /// <see cref="ElementFold"/>) are told to the trace, each under its element's label.
    /// </summary>
    public void EndElements(ElementFold fold, bool? outcome)
    {
        if (frames.Count == 0)
        {
            return;
        }

        var frame = frames[^1];
        frames.RemoveAt(frames.Count - 1);
        foreach (var element in frame.Elements)
        {
            if (!Decisive(fold, outcome, element.Holds))
            {
                continue;
            }

            foreach (var atom in element.Atoms)
            {
                Add(atom with { Path = atom.Path is null ? element.Label : $"{element.Label} › {atom.Path}" });
            }
        }
    }

    /// <summary>
    /// One <c>uitzondering … als …</c> of a list element (docs/evaluation-semantics.md, "Expressions"), tried while the
    /// element's predicate is not met: returns the element's truth after it, and records the exception when it applied.
    /// </summary>
    public bool? ElementException(bool? holds, bool? exception, string description)
    {
        var after = Operations.ElementAfterException(holds, exception);
        if (holds != true && exception == true)
        {
            Add(new ElementAtom(null, $"voldaan bij uitzondering: {description}", description));
        }

        return after;
    }

    /// <summary>"specialist 2 (Jansen)", or "element 3" when there is no name.</summary>
    public static string ElementLabel(string noun, int position, string? name) =>
        string.IsNullOrWhiteSpace(name) ? $"{noun} {position}" : $"{noun} {position} ({name})";

    private static bool Decisive(ElementFold fold, bool? outcome, bool? holds) => fold switch
    {
        ElementFold.All => outcome == true || holds == outcome,
        ElementFold.Any => outcome == false || holds == outcome,
        _ => true,
    };

    private void Add(string atom) => Add(new ElementAtom(null, atom));

    private void Add(ElementAtom atom)
    {
        var text = atom.ToString();
        foreach (var recording in recordings)
        {
            // A definition begun inside an element hears the atom as it is; one begun outside hears it when the
            // quantifier ends, under the element's label (it is told again then, at its own depth).
            if (recording.ElementDepth == frames.Count)
            {
                recording.Atom(text);
            }
        }

        if (frames.Count > 0)
        {
            frames[^1].Add(atom);
            return;
        }

        // An element's exception that reaches the requirement: one of the elements that decided it was met by it.
        elementException ??= atom.Exception;

        if (evidence.Contains(text))
        {
            return;
        }

        // Counted once per atom, as kept atoms are: telling the trace the same thing twice changes nothing.
        if (evidence.Count >= MaxEvidence)
        {
            dropped.Add(text);
            return;
        }

        evidence.Add(text);
    }

    private static string Operand(string? label, object? value, ValueKind kind) =>
        label is null ? ValueFormatter.Format(value, kind) : $"{label} {ValueFormatter.Format(value, kind)}";

    private sealed record DefinitionValue(object? Value, TraceRecording Recording);
}
