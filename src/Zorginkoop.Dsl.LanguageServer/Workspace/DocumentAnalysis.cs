using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Workspace;

/// <summary>
/// One file checked as the entry of its policy (with everything it imports), at one workspace generation: the
/// checked model, this file's tree, tokens and diagnostics, and its references. What every handler starts from.
/// </summary>
public sealed class DocumentAnalysis
{
    private readonly Lazy<ImmutableArray<LexicalToken>> tokens;
    private readonly Lazy<ImmutableArray<SymbolReference>> referencesInFile;

    public DocumentAnalysis(string path, int? version, CheckedPolicy policy, SyntaxTree tree, WorkspaceSnapshot snapshot)
    {
        Path = path;
        Version = version;
        Policy = policy;
        Tree = tree;
        Snapshot = snapshot;
        tokens = new(() => PolicyLexer.Tokenize(tree.Text));
        referencesInFile = new(() => [.. policy.References.Where(r => IsHere(r.Location))]);
    }

    public string Path { get; }

    /// <summary>The editor's version of the text analysed; null for a file that is not open.</summary>
    public int? Version { get; }

    public CheckedPolicy Policy { get; }

    public SyntaxTree Tree { get; }

    public SourceText Text => Tree.Text;

    public WorkspaceSnapshot Snapshot { get; }

    public ImmutableArray<LexicalToken> Tokens => tokens.Value;

    public ImmutableArray<SymbolReference> ReferencesInFile => referencesInFile.Value;

    /// <summary>Every file of the policy: this one and what it imports, as full paths.</summary>
    public IEnumerable<string> FilePaths => Policy.Files.Select(f => f.Text.Path);

    /// <summary>Diagnostics that belong in this file's problem list; those of imported files are reported there.</summary>
    public IEnumerable<Diagnostic> Diagnostics => Policy.Diagnostics.Where(d => d.Location is null || IsHere(d.Location));

    /// <summary>Warnings acknowledged in this file (<c>// erkend …</c>): shown as hints, so the editor still shows them.</summary>
    public IEnumerable<AcknowledgedDiagnostic> Acknowledged => Policy.Acknowledged.Where(a => a.Warning.Location is { } at && IsHere(at));

    public bool IsHere(SourceLocation location) => DocumentUris.PathComparer.Equals(location.Path, Path);

    /// <summary>The innermost name under the cursor that the binder resolved (declarations count as their own use).</summary>
    public SymbolReference? ReferenceAt(int offset) =>
        ReferencesInFile.Where(r => r.Location.Span.Start <= offset && offset <= r.Location.Span.End)
            .OrderBy(r => r.Location.Span.Length)
            .FirstOrDefault();

    /// <summary>The code token under or just before the cursor.</summary>
    public LexicalToken? TokenAt(int offset) =>
        Tokens.Where(t => !t.IsComment && t.Span.Start <= offset && offset <= t.Span.End).OrderByDescending(t => t.Span.Start).FirstOrDefault();

    public string UriOf(string path) => Snapshot.UriOf(path);
}
