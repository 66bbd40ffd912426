using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.LanguageServer.Features;

/// <summary>
/// "30 september 2025 17:00 uur" is one moment written as two tokens, a date and a time. Hover and inlay hint treat
/// them as one: the hover keeps the time, the weekday hint goes after the time instead of between date and time.
/// </summary>
public static class DateTimeTokens
{
    /// <summary>The time written right after <paramref name="date"/> (only spaces or tabs between), if any.</summary>
    public static LexicalToken? TimeAfter(ImmutableArray<LexicalToken> tokens, LexicalToken date, string text)
    {
        var index = tokens.IndexOf(date);
        return index >= 0 && index + 1 < tokens.Length && tokens[index + 1] is { Kind: LexicalTokenKind.Time } time && OnlyBlanks(text, date.Span.End, time.Span.Start)
            ? time
            : null;
    }

    /// <summary>The date written right before <paramref name="time"/>, if any.</summary>
    public static LexicalToken? DateBefore(ImmutableArray<LexicalToken> tokens, LexicalToken time, string text)
    {
        var index = tokens.IndexOf(time);
        return index > 0 && tokens[index - 1] is { Kind: LexicalTokenKind.Date } date && OnlyBlanks(text, date.Span.End, time.Span.Start)
            ? date
            : null;
    }

    private static bool OnlyBlanks(string text, int start, int end) =>
        end >= start && text.AsSpan(start, end - start).IndexOfAnyExcept(' ', '\t') < 0;
}
