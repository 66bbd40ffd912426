using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Formatting.Layout;

/// <summary>
/// The tokens of a file with, for each, how the whitespace before it is written; the renderer's input.
/// <see cref="Owners"/> gives for each token the first token of the innermost construct it continues (-1 for none).
/// </summary>
internal sealed record LayoutPlan(
    SourceText Text,
    ImmutableArray<LexicalToken> Tokens,
    TokenPlan[] Plans,
    int[] Owners,
    IReadOnlyList<AlignmentGroup> Groups);
