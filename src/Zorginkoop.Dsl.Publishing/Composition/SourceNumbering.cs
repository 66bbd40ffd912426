using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.Publishing.Composition;

/// <summary>
/// The source's numbering, as authors carry it over: a line comment <c>// 4.</c> directly above an <c>eis</c>
/// (docs/language.md, "Commentaar … voor de nummering uit het bronstuk"). A list is numbered when its first
/// requirement carries a number; a requirement without one after a numbered one belongs to the same item, as
/// "// 4. (in drie eisen)" splits one numbered item of the source into three requirements.
/// </summary>
internal sealed partial class SourceNumbering(IEnumerable<SyntaxTree> files)
{
    private readonly Dictionary<string, SyntaxTree> filesByPath = files.GroupBy(f => f.Text.Path).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The number the comment directly above <paramref name="requirement"/> gives it, if any.</summary>
    public int? NumberOf(RequirementSymbol requirement)
    {
        if (!filesByPath.TryGetValue(requirement.Location.Path, out var file) || !ReferenceEquals(file.Text, requirement.Location.Source) && file.Text.Content != requirement.Location.Source.Content)
        {
            return null;
        }

        var start = requirement.Location.Span.Start;
        var content = file.Text.Content;
        CommentTrivia? above = null;
        foreach (var comment in file.Comments)
        {
            if (comment.Span.End > start)
            {
                break;
            }

            above = comment;
        }

        if (above is null || above.IsBlock)
        {
            return null;
        }

        // Only white space and the keyword between the comment and the name: the comment belongs to this eis.
        var between = content[above.Span.End..start];
        if (!Between().IsMatch(between))
        {
            return null;
        }

        var match = Number().Match(above.Text);
        return match.Success && int.TryParse(match.Groups[1].Value, out var number) ? number : null;
    }

    [GeneratedRegex(@"^\s*eis\s+$")]
    private static partial Regex Between();

    [GeneratedRegex(@"^//\s*(\d{1,3})\.(\s|$)")]
    private static partial Regex Number();
}
