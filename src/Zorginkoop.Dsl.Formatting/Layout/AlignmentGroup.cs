namespace Zorginkoop.Dsl.Formatting.Layout;

/// <summary>
/// Tokens on different lines that start in one column, such as the descriptions of a <c>gegevens</c> block or the
/// columns of a timeline. A member takes part only when it is on the same line as its anchor (the start of its
/// field or entry). Groups of a lower <see cref="Round"/> are aligned first, since they shift what follows them.
/// </summary>
internal sealed class AlignmentGroup(int round)
{
    public int Round { get; } = round;

    public List<(int Token, int Anchor)> Members { get; } = [];

    public void Add(int token, int anchor)
    {
        if (token >= 0 && anchor >= 0)
        {
            Members.Add((token, anchor));
        }
    }
}
