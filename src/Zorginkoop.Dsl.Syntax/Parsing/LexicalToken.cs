using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>What kind of word or sign a token is, as far as tools that never see ANTLR need to know.</summary>
public enum LexicalTokenKind
{
    Keyword,
    Name,
    Text,
    Number,
    Date,
    Time,
    Money,
    Percentage,
    Operator,
    Punctuation,
    LineComment,
    BlockComment,

    /// <summary>A bad character, a number with a decimal point or an unterminated text; the parser reports it.</summary>
    Bad,
}

/// <summary>
/// One token of a policy file, comments included and whitespace left out. For the formatter, the language server's
/// semantic tokens and completion, which need the words as written rather than the syntax tree.
/// </summary>
public sealed record LexicalToken(LexicalTokenKind Kind, string Text, TextSpan Span, bool IsSoftKeyword)
{
    public bool IsComment => Kind is LexicalTokenKind.LineComment or LexicalTokenKind.BlockComment;

    /// <summary>A keyword that the grammar also accepts as a name (<c>datum</c>, <c>fase</c>, …).</summary>
    public bool CanBeName => Kind == LexicalTokenKind.Name || IsSoftKeyword;

    public override string ToString() => $"{Kind} '{Text}' {Span}";
}
