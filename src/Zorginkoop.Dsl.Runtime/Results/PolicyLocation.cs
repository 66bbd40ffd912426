namespace Zorginkoop.Dsl.Runtime.Results;

/// <summary>Where in the policy text something stands: file as given to the compiler, one-based line and column.</summary>
public sealed record PolicyLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}
