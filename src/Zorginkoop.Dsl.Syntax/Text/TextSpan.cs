namespace Zorginkoop.Dsl.Syntax.Text;

/// <summary>A range of characters in a source text, as a start offset and a length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    public static TextSpan Cover(TextSpan first, TextSpan last) => FromBounds(first.Start, Math.Max(first.End, last.End));

    public bool Contains(int offset) => offset >= Start && offset <= End;

    public override string ToString() => $"[{Start}..{End})";
}
