using System.Collections.Immutable;

namespace Zorginkoop.Dsl.Syntax.Text;

/// <summary>The text of one policy file with its path and a line map.</summary>
public sealed class SourceText
{
    private readonly ImmutableArray<int> lineStarts;

    public SourceText(string path, string content)
    {
        Path = path;
        // A byte order mark is an encoding artefact, not part of the policy.
        Content = content.Length > 0 && content[0] == '\uFEFF' ? content[1..] : content;
        lineStarts = ComputeLineStarts(Content);
    }

    public string Path { get; }

    public string Content { get; }

    public int LineCount => lineStarts.Length;

    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Content.Length);
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line, offset - lineStarts[line]);
    }

    public int GetOffset(LinePosition position)
    {
        if (position.Line >= lineStarts.Length)
        {
            return Content.Length;
        }

        var lineStart = lineStarts[Math.Max(0, position.Line)];
        var lineEnd = position.Line + 1 < lineStarts.Length ? lineStarts[position.Line + 1] : Content.Length;
        return Math.Min(lineStart + Math.Max(0, position.Character), lineEnd);
    }

    public string GetText(TextSpan span) =>
        Content.Substring(Math.Clamp(span.Start, 0, Content.Length), Math.Clamp(span.Length, 0, Content.Length - Math.Clamp(span.Start, 0, Content.Length)));

    private static ImmutableArray<int> ComputeLineStarts(string text)
    {
        var builder = ImmutableArray.CreateBuilder<int>();
        builder.Add(0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                builder.Add(i + 1);
            }
            else if (c == '\n')
            {
                builder.Add(i + 1);
            }
        }

        return builder.ToImmutable();
    }
}
