namespace Zorginkoop.Dsl.Syntax.Text;

/// <summary>A span in a particular source text: where a diagnostic or a requirement is.</summary>
public sealed record SourceLocation(SourceText Source, TextSpan Span)
{
    public string Path => Source.Path;

    public LinePosition Start => Source.GetLinePosition(Span.Start);

    public LinePosition End => Source.GetLinePosition(Span.End);

    /// <summary>"file(line,col)": the canonical form build servers and editors parse.</summary>
    public string ToDisplayString() => $"{Path}({Start.ToDisplayString()})";
}
