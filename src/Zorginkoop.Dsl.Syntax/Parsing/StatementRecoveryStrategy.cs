using System.Collections.Immutable;
using Antlr4.Runtime;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing.Generated;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>
/// ANTLR's recovery, tuned so that one unknown word gives one message (issue 14):
/// <list type="bullet">
/// <item>a word at the start of a line that cannot be a name there but is one typo away from a keyword that fits
/// (<c>eiss</c>, <c>eisn</c>, <c>omvatt</c>) is reported once with "Bedoelde u …?" and then read as that keyword, so
/// the rest of the file parses as the author meant it;</item>
/// <item>after any other error, further errors stay silent until the parser matches the first token of a later line,
/// and the stretch in between is recorded as damaged, so the binder's findings there (a "property" made of the
/// leftover words, a type error in the half-read condition) do not pile onto the one real message.</item>
/// </list>
/// Only the second, error-recovering parse stage uses this strategy, so a clean file is never read differently.
/// </summary>
internal sealed class StatementRecoveryStrategy(SourceText text, DiagnosticBag diagnostics, SyntaxErrorCollector errors) : DefaultErrorStrategy
{
    private readonly List<TextSpan> damaged = [];
    private int? damageStart;
    private IToken? offending;

    /// <summary>Stretches of the file whose meaning the parser had to guess; semantic findings there are not reported.</summary>
    public ImmutableArray<TextSpan> Damaged => [.. damaged];

    public override void Sync(Parser recognizer)
    {
        if (!InErrorRecoveryMode(recognizer) && ((ITokenStream)recognizer.InputStream).LT(1) is CommonToken word)
        {
            var expected = recognizer.GetExpectedTokens();
            // "naam: waarde" is a property, whatever the name.
            if (!(expected.Contains(ZorginkoopLexer.IDENT) && ((ITokenStream)recognizer.InputStream).LA(2) == ZorginkoopLexer.COLON))
            {
                SubstituteMistypedKeyword(word, expected);
            }
        }

        base.Sync(recognizer);
    }

    public override void ReportError(Parser recognizer, RecognitionException e)
    {
        // A prediction that fails at a mistyped keyword: read it as the keyword, and let recovery resume there.
        if (!InErrorRecoveryMode(recognizer) && e.OffendingToken is CommonToken word && SubstituteMistypedKeyword(word, e.GetExpectedTokens() ?? recognizer.GetExpectedTokens()))
        {
            BeginErrorCondition(recognizer);
            return;
        }

        // A failed prediction rewinds the input to where it started; the damage begins where it failed.
        offending = e.OffendingToken;
        base.ReportError(recognizer, e);
        offending = null;
    }

    public override void Recover(Parser recognizer, RecognitionException e)
    {
        // A stray word after a complete phrase on the same line ("80 procent", "1,0 fte"): drop that word alone, so
        // recovery does not skip a closing brace and end the block early.
        var stream = (ITokenStream)recognizer.InputStream;
        if (stream.LT(1) is { Type: ZorginkoopLexer.IDENT } word && word == e.OffendingToken && !StartsLine(word)
            && GetErrorRecoverySet(recognizer).Contains(stream.LA(2)))
        {
            recognizer.Consume();
            return;
        }

        base.Recover(recognizer, e);
    }

    protected override void BeginErrorCondition(Parser recognizer)
    {
        if (!InErrorRecoveryMode(recognizer))
        {
            // A word read as "naam: waarde" that lacks its ':' is reported at the word, so the damage starts there.
            var token = SyntaxErrorCollector.NameWithoutColon(recognizer) ?? offending ?? recognizer.CurrentToken;
            damageStart = LineStart(token.Type == TokenConstants.EOF ? text.Content.Length : token.StartIndex);
        }

        base.BeginErrorCondition(recognizer);
    }

    public override void ReportMatch(Parser recognizer)
    {
        // Stay quiet until the parser is back in step at the start of a later line.
        // ANTLR reports a match before it consumes the token, so the matched token is still the next one.
        var matched = ((ITokenStream)recognizer.InputStream).LT(1);
        if (InErrorRecoveryMode(recognizer) && matched is not null && !StartsLine(matched))
        {
            return;
        }

        EndDamage(matched?.StartIndex ?? text.Content.Length);
        base.ReportMatch(recognizer);
    }

    public override void Reset(Parser recognizer)
    {
        EndDamage(text.Content.Length);
        base.Reset(recognizer);
    }

    /// <summary>Marks the line of a word reported before parsing as damaged: the phrase it stood in lost a word.</summary>
    public void MarkDamaged(IToken word)
    {
        var end = word.StopIndex + 1;
        while (end < text.Content.Length && text.Content[end] is not ('\n' or '\r'))
        {
            end++;
        }

        damaged.Add(TextSpan.FromBounds(LineStart(word.StartIndex), end));
    }

    /// <summary>Closes the damaged stretch at the end of the file when the parse ends still recovering.</summary>
    public void Finish() => EndDamage(text.Content.Length);

    private void EndDamage(int end)
    {
        if (damageStart is { } start)
        {
            damaged.Add(TextSpan.FromBounds(start, Math.Max(start, end)));
            damageStart = null;
        }
    }

    private bool SubstituteMistypedKeyword(CommonToken word, Antlr4.Runtime.Misc.IntervalSet expected)
    {
        if (word.Type != ZorginkoopLexer.IDENT || !StartsLine(word))
        {
            return false;
        }

        var candidates = TokenDisplay.Keywords.Where(k => expected.Contains(k.Value)).Select(k => k.Key);
        if (NameSuggester.Suggest(word.Text, candidates) is not { } keyword)
        {
            return false;
        }

        var location = new SourceLocation(text, TextSpan.FromBounds(word.StartIndex, word.StopIndex + 1));
        diagnostics.Add(DiagnosticCatalog.MistypedKeyword(location, word.Text, keyword));
        errors.MarkReported(word.TokenIndex);
        word.Type = TokenDisplay.Keywords[keyword];
        return true;
    }

    private bool StartsLine(IToken token) => token.Type == TokenConstants.EOF || FirstNonBlank(token.StartIndex) == token.StartIndex;

    private int LineStart(int index)
    {
        var start = index;
        while (start > 0 && text.Content[start - 1] is not ('\n' or '\r'))
        {
            start--;
        }

        return start;
    }

    private int FirstNonBlank(int index)
    {
        var position = LineStart(index);
        while (position < index && char.IsWhiteSpace(text.Content[position]))
        {
            position++;
        }

        return position;
    }
}
