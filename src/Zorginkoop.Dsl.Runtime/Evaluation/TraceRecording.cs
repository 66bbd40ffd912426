namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>
/// What evaluating a definition told the trace — the evidence atoms and the paths of unknown facts, each once, in
/// first-seen order — so that a later use of the memoised value can tell it again (<see cref="EvaluationTrace.TryReplayDefinition"/>)
/// exactly as evaluating the definition afresh would.
/// </summary>
public sealed class TraceRecording
{
    private readonly List<string> atoms = [];
    private readonly HashSet<string> seenAtoms = [];
    private readonly List<string> missing = [];

    internal TraceRecording(int suppression, int elementDepth)
    {
        Suppression = suppression;
        ElementDepth = elementDepth;
    }

    /// <summary>The trace's suppression depth when recording began: a fact is missing for the definition unless suppressed inside it.</summary>
    internal int Suppression { get; }

    /// <summary>How many quantifiers the definition lies in: it records the atoms told at that depth (<see cref="EvaluationTrace.EndElements"/>).</summary>
    internal int ElementDepth { get; }

    internal IReadOnlyList<string> Atoms => atoms;

    internal IReadOnlyList<string> Missing => missing;

    internal void Atom(string atom)
    {
        if (seenAtoms.Add(atom))
        {
            atoms.Add(atom);
        }
    }

    internal void MissingFact(string path)
    {
        if (!missing.Contains(path))
        {
            missing.Add(path);
        }
    }
}
