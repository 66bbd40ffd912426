namespace Zorginkoop.Dsl.Formatting.Wrapping;

/// <summary>
/// A sentence the formatter may write over several lines: the tokens of its pieces (adjacent texts, docs/language.md
/// "Lange zinnen over meer regels") and the one text they join to.
/// </summary>
internal sealed record WrappableText(int FirstToken, int LastToken, string Value);
