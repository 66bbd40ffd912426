using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Formatting;

/// <summary>
/// The formatted text, or the original text with the reasons it was left alone (syntax errors, or the formatter's
/// own safety check). <see cref="Changed"/> is false whenever nothing should be written.
/// </summary>
public sealed record FormatResult(string Text, bool Changed, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
