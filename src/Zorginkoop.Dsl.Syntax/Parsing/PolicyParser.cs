using System.Collections.Immutable;
using Antlr4.Runtime;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing.Generated;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>Translates source text into our syntax tree plus syntax diagnostics. Never throws on bad input.</summary>
public static class PolicyParser
{
    public static SyntaxTree Parse(SourceText text)
    {
        var diagnostics = new DiagnosticBag();
        var lexer = new ZorginkoopLexer(new AntlrInputStream(PastedCharacters.ForLexer(text, diagnostics)));
        lexer.RemoveErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        tokens.Fill();

        var comments = ImmutableArray.CreateBuilder<CommentTrivia>();
        var spans = ImmutableArray.CreateBuilder<TokenSpan>(tokens.Size);
        var names = new List<(string, TextSpan)>();
        foreach (var token in tokens.GetTokens())
        {
            ReportLexicalError(text, token, diagnostics);
            switch (token.Type)
            {
                case ZorginkoopLexer.STRING or ZorginkoopLexer.UNTERMINATED_STRING or ZorginkoopLexer.LINE_COMMENT or ZorginkoopLexer.BLOCK_COMMENT:
                    DirectionControls.Report(text, token.StartIndex, token.StopIndex + 1, diagnostics);
                    break;
                case ZorginkoopLexer.IDENT:
                    names.Add((token.Text, TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1)));
                    break;
            }

            if (token.Type != TokenConstants.EOF && token.Type != ZorginkoopLexer.WS && token.StartIndex >= 0)
            {
                spans.Add(new TokenSpan(PolicyLexer.Classify(token.Type), TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1), TokenDisplay.IsSoftKeyword(token.Type)));
            }

            if (token.Type is ZorginkoopLexer.LINE_COMMENT or ZorginkoopLexer.BLOCK_COMMENT)
            {
                comments.Add(new CommentTrivia(token.Text, TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1), token.Type == ZorginkoopLexer.BLOCK_COMMENT));
            }
        }

        MixedScriptNames.Report(text, names, diagnostics);
        var parser = new NestingLimitedParser(tokens);
        parser.RemoveErrorListeners();
        ZorginkoopParser.PolicyFileContext? tree = null;
        var tooDeep = NestingPreScan.FindTooDeep(tokens.GetTokens());
        var errors = new SyntaxErrorCollector(text, diagnostics);
        var recovery = new StatementRecoveryStrategy(text, diagnostics, errors);
        try
        {
            tree = tooDeep is null ? NestingLimit.OnLargeStack(() => ParseTwoStage(parser, tokens, errors, recovery)) : null;
            tooDeep ??= NestingLimit.FindTooDeep(tree!);
        }
        catch (NestingTooDeepException e)
        {
            tooDeep = e.Token;
        }

        if (tooDeep is not null)
        {
            // Nothing past the parser may see a tree this deep; the file is reported and left empty.
            diagnostics.Add(DiagnosticCatalog.NestingTooDeep(new SourceLocation(text, TextSpan.FromBounds(tooDeep.StartIndex, Math.Max(tooDeep.StartIndex, tooDeep.StopIndex + 1))), NestingLimit.MaxBrackets, NestingLimit.MaxDepth));
            return new SyntaxTree(text, new PolicyFileSyntax([], new TextSpan(0, text.Content.Length)), comments.ToImmutable(), DiagnosticOrdering.Sort(diagnostics.ToImmutable()));
        }

        recovery.Finish();
        var root = NestingLimit.OnLargeStack(() => new SyntaxTreeBuilder(text, diagnostics).Build(tree!));
        return new SyntaxTree(text, root, comments.ToImmutable(), DiagnosticOrdering.Sort(diagnostics.ToImmutable())) { Tokens = spans.DrainToImmutable(), Damaged = recovery.Damaged };
    }

    /// <summary>
    /// SLL prediction first, which is several times cheaper and enough for almost every file, giving up at the first
    /// syntax error; only then the file is parsed again with full LL prediction and error recovery, so diagnostics
    /// and trees are those of a plain LL parse (ANTLR's documented two-stage strategy) with <see cref="StatementRecoveryStrategy"/>. Measured on a
    /// generated 5,000-line policy for the editor benchmark (docs/benchmarks.md).
    /// </summary>
    private static ZorginkoopParser.PolicyFileContext ParseTwoStage(ZorginkoopParser parser, CommonTokenStream tokens, SyntaxErrorCollector errors, StatementRecoveryStrategy recovery)
    {
        parser.Interpreter.PredictionMode = Antlr4.Runtime.Atn.PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        try
        {
            return parser.policyFile();
        }
        catch (Antlr4.Runtime.Misc.ParseCanceledException)
        {
            foreach (var (number, word) in StrayUnitWords.Hide(tokens.GetTokens()))
            {
                errors.ReportUnknownUnit(number, word);
                recovery.MarkDamaged(word);
            }

            tokens.Seek(0);
            parser.Reset();
            parser.Interpreter.PredictionMode = Antlr4.Runtime.Atn.PredictionMode.LL;
            parser.ErrorHandler = recovery;
            parser.AddErrorListener(errors);
            return parser.policyFile();
        }
    }

    private static void ReportLexicalError(SourceText text, IToken token, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(text, TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1));
        switch (token.Type)
        {
            case ZorginkoopLexer.BAD_CHARACTER when PastedCharacters.IsInvisible(token.Text):
                // Reported with its name before lexing.
                break;
            case ZorginkoopLexer.BAD_CHARACTER:
                diagnostics.Add(DiagnosticCatalog.InvalidCharacter(location, token.Text));
                break;
            case ZorginkoopLexer.UNTERMINATED_STRING:
                diagnostics.Add(DiagnosticCatalog.UnterminatedText(location));
                break;
            case ZorginkoopLexer.BAD_NUMBER:
                diagnostics.Add(DiagnosticCatalog.DecimalPoint(location, token.Text));
                break;
        }
    }
}
