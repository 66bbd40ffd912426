using System.Text;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.Formatting.Layout;

/// <summary>
/// Translates a layout plan into text: four spaces per level (a block's content one level deeper than the line that
/// opens it), aligned columns, trailing comments lined up, no trailing whitespace, one newline at the end.
/// </summary>
internal static class LayoutRenderer
{
    private const string IndentUnit = "    ";

    public static string Render(LayoutPlan plan)
    {
        var padding = new Dictionary<int, int>();
        foreach (var round in plan.Groups.Select(g => g.Round).Distinct().Order())
        {
            var pass = Pass(plan, padding);
            foreach (var group in plan.Groups.Where(g => g.Round == round))
            {
                var members = group.Members.Where(m => pass.Lines[m.Token] == pass.Lines[m.Anchor] && plan.Plans[m.Token].Break == BreakKind.Join).ToList();
                if (members.Count < 2)
                {
                    continue;
                }

                var column = members.Max(m => pass.Columns[m.Token]);
                foreach (var (token, _) in members)
                {
                    padding[token] = Spaces(plan, token) + column - pass.Columns[token];
                }
            }
        }

        var final = Pass(plan, padding);
        return AlignTrailingComments(final, NewLine(plan));
    }

    private sealed record RenderPass(List<StringBuilder> Output, int[] Lines, int[] Columns, List<int> TrailingComments);

    private static RenderPass Pass(LayoutPlan plan, Dictionary<int, int> padding)
    {
        var tokens = plan.Tokens;
        var output = new List<StringBuilder> { new() };
        var lines = new int[tokens.Length];
        var columns = new int[tokens.Length];
        var trailing = new List<int>();
        // Per open brace: the indentation (in spaces) of its content.
        var blocks = new Stack<int>();
        blocks.Push(0);

        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var tokenPlan = plan.Plans[i];
            var closes = IsPunctuation(token, "}") && blocks.Count > 1;
            if (i == 0)
            {
                // Nothing before the first token: no leading blank lines or indentation.
            }
            else if (tokenPlan.Break == BreakKind.Verbatim)
            {
                var parts = plan.Text.Content[tokens[i - 1].Span.End..token.Span.Start].Replace("\r\n", "\n").Split('\n', '\r');
                output[^1].Append(parts[0]);
                output.AddRange(parts.Skip(1).Select(part => new StringBuilder(part)));
            }
            else if (tokenPlan.Break == BreakKind.Line)
            {
                if (BlankBefore(plan, i))
                {
                    output.Add(new StringBuilder());
                }

                output.Add(new StringBuilder().Append(' ', Indent(plan, i, blocks.Peek(), output, lines, columns)));
            }
            else
            {
                output[^1].Append(' ', padding.TryGetValue(i, out var padded) ? padded : Spaces(plan, i));
                if (token.Kind == LexicalTokenKind.LineComment)
                {
                    trailing.Add(i);
                }
            }

            lines[i] = output.Count - 1;
            columns[i] = output[^1].Length;
            var textLines = token.Text.Replace("\r\n", "\n").Split('\n');
            output[^1].Append(textLines[0]);
            output.AddRange(textLines.Skip(1).Select(part => new StringBuilder(part)));

            if (closes)
            {
                blocks.Pop();
            }
            else if (IsPunctuation(token, "{"))
            {
                var anchor = tokenPlan.BlockAnchor >= 0 && tokenPlan.BlockAnchor < i && tokenPlan.Break != BreakKind.Line ? tokenPlan.BlockAnchor : i;
                blocks.Push(LeadingSpaces(output[lines[anchor]]) + IndentUnit.Length);
            }
        }

        return new RenderPass(output, lines, columns, trailing);
    }

    /// <summary>Where a token that starts a line goes; earlier tokens are rendered, so their lines and columns are known.</summary>
    private static int Indent(LayoutPlan plan, int index, int block, List<StringBuilder> output, int[] lines, int[] columns)
    {
        var tokenPlan = plan.Plans[index];
        if (IsPunctuation(plan.Tokens[index], "}"))
        {
            return Math.Max(0, block - IndentUnit.Length);
        }

        if (tokenPlan.Extra == TokenPlan.LikeNextToken)
        {
            var next = index + 1;
            while (next < plan.Tokens.Length && plan.Tokens[next].IsComment)
            {
                next++;
            }

            // A comment before a closing brace belongs to the block's content; otherwise it sits with the code after it.
            return next >= plan.Tokens.Length || IsPunctuation(plan.Tokens[next], "}")
                ? block
                : Indent(plan, next, block, output, lines, columns);
        }

        if (tokenPlan.Extra >= 0)
        {
            return block + tokenPlan.Extra * IndentUnit.Length;
        }

        if (tokenPlan.Hang >= 0 && tokenPlan.Hang < index)
        {
            return columns[tokenPlan.Hang];
        }

        var owner = plan.Owners[index];
        if (owner < 0 || owner >= index)
        {
            return block + IndentUnit.Length;
        }

        // A closing bracket that starts a line goes back to the line that opened its construct.
        var ownerIndent = LeadingSpaces(output[lines[owner]]);
        return plan.Tokens[index].Text is ")" or "]" ? ownerIndent : ownerIndent + IndentUnit.Length;
    }

    private static bool IsPunctuation(LexicalToken token, string text) => token.Kind == LexicalTokenKind.Punctuation && token.Text == text;

    private static bool BlankBefore(LayoutPlan plan, int index)
    {
        var tokens = plan.Tokens;
        if (!plan.Plans[index].AllowBlank || tokens[index].Text == "}" || tokens[index - 1].Text == "{")
        {
            return false;
        }

        var gap = plan.Text.Content.AsSpan(tokens[index - 1].Span.End, tokens[index].Span.Start - tokens[index - 1].Span.End);
        var newlines = 0;
        for (var i = 0; i < gap.Length; i++)
        {
            if (gap[i] == '\n' || (gap[i] == '\r' && (i + 1 >= gap.Length || gap[i + 1] != '\n')))
            {
                newlines++;
            }
        }

        return newlines >= 2;
    }

    private static int Spaces(LayoutPlan plan, int index) =>
        plan.Plans[index].Spaces >= 0 ? plan.Plans[index].Spaces : TokenSpacing.Between(plan.Tokens[index - 1], plan.Tokens[index]);

    private static string NewLine(LayoutPlan plan) => plan.Text.Content.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    private static int LeadingSpaces(StringBuilder line) => LeadingSpaces(line.ToString());

    private static int LeadingSpaces(string line)
    {
        var count = 0;
        while (count < line.Length && line[count] == ' ')
        {
            count++;
        }

        return count;
    }

    /// <summary>Comments at the end of consecutive lines with the same indentation start in one column.</summary>
    private static string AlignTrailingComments(RenderPass pass, string newLine)
    {
        var lines = pass.Output.Select(l => l.ToString()).ToList();
        var commentStart = pass.TrailingComments.ToDictionary(t => pass.Lines[t], t => pass.Columns[t]);
        var sorted = commentStart.Keys.Order().ToList();
        var runStart = 0;
        while (runStart < sorted.Count)
        {
            var indent = LeadingSpaces(lines[sorted[runStart]]);
            var runEnd = runStart;
            while (runEnd + 1 < sorted.Count && sorted[runEnd + 1] == sorted[runEnd] + 1 && LeadingSpaces(lines[sorted[runEnd + 1]]) == indent)
            {
                runEnd++;
            }

            var run = sorted.GetRange(runStart, runEnd - runStart + 1);
            var column = run.Max(l => lines[l][..commentStart[l]].TrimEnd().Length) + 2;
            foreach (var line in run)
            {
                lines[line] = lines[line][..commentStart[line]].TrimEnd().PadRight(column) + lines[line][commentStart[line]..];
            }

            runStart = runEnd + 1;
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines.Count == 0 ? string.Empty : string.Join(newLine, lines) + newLine;
    }
}
