using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>The product of parsing one file: its text, our syntax tree, the hidden comments and the syntax diagnostics.</summary>
public sealed record SyntaxTree(SourceText Text, PolicyFileSyntax Root, ImmutableArray<CommentTrivia> Comments, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Every token of the file in order (comments included, whitespace not), as the parser's lexer saw them: so that
    /// quoting a piece of the file (<see cref="CanonicalText"/>) does not lex it again. Empty when the file was too
    /// deeply nested to parse.
    /// </summary>
    public ImmutableArray<TokenSpan> Tokens { get; init; } = [];

    /// <summary>
    /// Stretches after a syntax error where the parser had to guess (<see cref="StatementRecoveryStrategy"/>): findings
    /// of later stages there would be about the guess, not about what the author wrote, so they are not reported.
    /// </summary>
    public ImmutableArray<TextSpan> Damaged { get; init; } = [];

    /// <summary>Whether a later stage's finding lies where the parser guessed, so the syntax error already covers it.</summary>
    public bool IsDamagedAt(SourceLocation location) =>
        ReferenceEquals(location.Source, Text) && Damaged.Any(d => location.Span.Start >= d.Start && location.Span.Start < d.End);
}

/// <summary>Where one token is and what kind it is; its text is the file's text at <see cref="Span"/>.</summary>
public readonly record struct TokenSpan(LexicalTokenKind Kind, TextSpan Span, bool IsSoftKeyword);

/// <summary>A comment, kept so that the formatter can put it back.</summary>
public sealed record CommentTrivia(string Text, TextSpan Span, bool IsBlock);
