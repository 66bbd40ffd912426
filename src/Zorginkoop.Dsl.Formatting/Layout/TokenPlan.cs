namespace Zorginkoop.Dsl.Formatting.Layout;

internal enum BreakKind
{
    /// <summary>Not decided by the tree: the finishing pass keeps the author's line break or joins with a space.</summary>
    Unset,

    /// <summary>On the same line as the previous token.</summary>
    Join,

    /// <summary>On a new line (or after one blank line, when allowed and the author had one).</summary>
    Line,

    /// <summary>The whitespace before this token is copied from the source, for literals such as <c>6 weken</c>.</summary>
    Verbatim,
}

/// <summary>How the whitespace before one token is written.</summary>
internal sealed class TokenPlan
{
    /// <summary>Extra indentation of a comment on its own line: the same as the code that follows it.</summary>
    public const int LikeNextToken = -2;

    /// <summary>A line the author broke inside a construct: one level deeper than the line where that construct starts.</summary>
    public const int Continuation = -1;

    public BreakKind Break { get; set; }

    /// <summary>Spaces before a joined token; -1 lets the spacing rules decide.</summary>
    public int Spaces { get; set; } = -1;

    /// <summary>Indentation levels beyond the enclosing block's content, for a token that starts a line.</summary>
    public int Extra { get; set; } = Continuation;

    /// <summary>A blank line the author put before this token is kept (between members, not inside an expression).</summary>
    public bool AllowBlank { get; set; }

    /// <summary>A continuation line starts under this token (a timeline row continues under its schedule); -1 for none.</summary>
    public int Hang { get; set; } = -1;

    /// <summary>
    /// For an opening brace after a sentence written over several lines: the block's content is indented from the line
    /// of this token (the sentence's first piece), not from the brace's own line; -1 for the brace's own line.
    /// </summary>
    public int BlockAnchor { get; set; } = -1;
}
