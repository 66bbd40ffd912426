using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.Semantics.Model;

/// <summary>
/// The parsed files of one policy: the entry file and its imports, dependencies first, with for each file the
/// set of files whose names it can see (itself and everything it imports, transitively).
/// </summary>
public sealed partial record LoadedPolicy(
    string EntryPath,
    ImmutableArray<SyntaxTree> Files,
    ImmutableDictionary<SyntaxTree, ImmutableHashSet<SyntaxTree>> Visible,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public SyntaxTree? Entry => Files.IsEmpty ? null : Files[^1];
}
