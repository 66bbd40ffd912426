namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>
/// The atoms one quantifier or sum gathered, per element, until it ends and <see cref="EvaluationTrace.EndElements"/>
/// names the elements that decided it. An atom keeps the labels of the elements it lies in (<see cref="Path"/>,
/// innermost last) apart from its text, so nested quantifiers read "specialisme 1 (Cardiologie) › specialist 2: …".
/// </summary>
internal sealed class ElementFrame
{
    private readonly List<Element> elements = [];

    internal IReadOnlyList<Element> Elements => elements;

    internal void Enter(string label) => elements.Add(new Element(label));

    internal void Add(ElementAtom atom)
    {
        if (elements.Count > 0)
        {
            elements[^1].Add(atom);
        }
    }

    internal void Leave(bool? holds)
    {
        if (elements.Count > 0)
        {
            elements[^1].Holds = holds;
        }
    }

    internal sealed class Element(string label)
    {
        private readonly List<ElementAtom> atoms = [];

        internal string Label { get; } = label;

        internal bool? Holds { get; set; }

        internal IReadOnlyList<ElementAtom> Atoms => atoms;

        internal void Add(ElementAtom atom)
        {
            if (!atoms.Contains(atom))
            {
                atoms.Add(atom);
            }
        }
    }
}

/// <summary>
/// An atom inside elements: the element labels (outermost first, joined by " › ") and what it says; for an element's
/// applied exception, its description (so that a requirement met through it is met by exception).
/// </summary>
internal readonly record struct ElementAtom(string? Path, string Text, string? Exception = null)
{
    public override string ToString() => Path is null ? Text : $"{Path}: {Text}";
}
