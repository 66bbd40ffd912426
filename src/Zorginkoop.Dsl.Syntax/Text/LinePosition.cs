namespace Zorginkoop.Dsl.Syntax.Text;

/// <summary>A zero-based line and character; converted to one-based only where humans read it.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    /// <summary>The form used by command-line output and baselines: one-based "line,column".</summary>
    public string ToDisplayString() => $"{Line + 1},{Character + 1}";
}
