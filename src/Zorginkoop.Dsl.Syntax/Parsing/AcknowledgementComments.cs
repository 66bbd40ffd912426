using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>
/// A comment <c>// erkend ZI5006: reden</c>: the author says that the warning <see cref="Code"/> on the next line with
/// code (<see cref="TargetLine"/>, 0-based) is right, and why. <see cref="Reason"/> is null when the comment gives none.
/// </summary>
public sealed record AcknowledgementComment(string Code, string? Reason, SourceLocation Comment, SourceLocation CodeLocation, int TargetLine);

/// <summary>
/// Finds the acknowledgement comments of a file. Only a line comment whose text starts with <c>erkend</c> and a code
/// (two letters and digits, as <c>ZI5006</c>) is one; <c>// erkend door de NZa</c> stays an ordinary comment. The
/// line it speaks of is the first line after it that holds anything but comments, so two acknowledgements may stand
/// on top of each other above one line.
/// </summary>
public static partial class AcknowledgementComments
{
    public static ImmutableArray<AcknowledgementComment> Read(SyntaxTree tree)
    {
        var text = tree.Text;
        var found = ImmutableArray.CreateBuilder<AcknowledgementComment>();
        for (var i = 0; i < tree.Tokens.Length; i++)
        {
            var token = tree.Tokens[i];
            if (token.Kind != LexicalTokenKind.LineComment || Directive().Match(text.GetText(token.Span)) is not { Success: true } match)
            {
                continue;
            }

            var line = text.GetLinePosition(token.Span.Start).Line;
            var target = -1;
            for (var j = i + 1; j < tree.Tokens.Length; j++)
            {
                var next = tree.Tokens[j];
                var nextLine = text.GetLinePosition(next.Span.Start).Line;
                if (nextLine > line && next.Kind is not (LexicalTokenKind.LineComment or LexicalTokenKind.BlockComment))
                {
                    target = nextLine;
                    break;
                }
            }

            var code = match.Groups["code"];
            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
            found.Add(new AcknowledgementComment(
                code.Value.ToUpperInvariant(),
                string.IsNullOrEmpty(reason) ? null : reason,
                new SourceLocation(text, token.Span),
                new SourceLocation(text, new TextSpan(token.Span.Start + code.Index, code.Length)),
                target));
        }

        return found.ToImmutable();
    }

    /// <summary>The comment that acknowledges <paramref name="code"/>, as the editor's code action inserts it.</summary>
    public static string Write(string code, string reason = "") => $"// erkend {code}: {reason}".TrimEnd();

    [GeneratedRegex(@"^//\s*erkend\s+(?<code>[A-Za-z]{2}\d{3,})\b\s*:?(?<reason>.*)$")]
    private static partial Regex Directive();
}
