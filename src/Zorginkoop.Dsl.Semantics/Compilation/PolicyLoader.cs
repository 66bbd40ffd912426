using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Compilation;

/// <summary>Translates an entry path into the parsed files of its policy, following <c>gebruik</c> and reporting missing files and cycles.</summary>
public sealed class PolicyLoader(ISourceProvider sources)
{
    private readonly Dictionary<string, SyntaxTree?> treesByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> importsByPath = new(StringComparer.Ordinal);
    private readonly List<SyntaxTree> ordered = [];
    private readonly List<string> stack = [];
    private readonly DiagnosticBag diagnostics = new();
    private ImportRoot? root;
    private bool entryGivenAbsolute;

    public LoadedPolicy Load(string entryPath)
    {
        var full = Path.GetFullPath(entryPath);
        // Printed paths keep the form the user gave (issue 17, point 10): absolute stays absolute, relative relative.
        entryGivenAbsolute = Path.IsPathRooted(entryPath);
        root = new ImportRoot(sources.ImportRootFor(full));
        Visit(full, null);

        var visible = ImmutableDictionary.CreateBuilder<SyntaxTree, ImmutableHashSet<SyntaxTree>>();
        foreach (var (path, tree) in treesByPath)
        {
            if (tree is not null)
            {
                visible[tree] = Closure(path);
            }
        }

        return new LoadedPolicy(full, [.. ordered], visible.ToImmutable(), DiagnosticOrdering.Sort(diagnostics.ToImmutable()));
    }

    /// <summary>A path as the user gave it: absolute as it is, relative to where the command runs otherwise.</summary>
    public static string DisplayPathAsGiven(string path) =>
        Path.IsPathRooted(path) ? path : DisplayPath(Path.GetFullPath(path));

    public static string DisplayPath(string fullPath)
    {
        // Relative to where the command runs, as the author typed it; absolute only across drives.
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return Path.IsPathRooted(relative) ? fullPath : relative;
    }

    private void Visit(string fullPath, SourceLocation? importedAt)
    {
        if (treesByPath.ContainsKey(fullPath))
        {
            return;
        }

        var display = sources.DisplayPathOf(fullPath, entryGivenAbsolute);
        var loaded = sources.Load(fullPath, display);
        if (loaded.Text is null)
        {
            treesByPath[fullPath] = null;
            diagnostics.Add(importedAt is not null
                ? DiagnosticCatalog.ImportNotFound(importedAt, display, loaded.Error!)
                : loaded.IsNotText ? DiagnosticCatalog.NotText(display, loaded.Error!.TrimEnd('.')) : DiagnosticCatalog.FileNotFound(display, loaded.Error!));
            return;
        }

        var tree = PolicyParser.Parse(loaded.Text);
        treesByPath[fullPath] = tree;
        diagnostics.AddRange(tree.Diagnostics);
        var imports = importsByPath[fullPath] = [];

        stack.Add(fullPath);
        foreach (var import in tree.Root.OfKind<ImportSyntax>())
        {
            if (import.Path.Value.Length == 0)
            {
                continue;
            }

            var location = new SourceLocation(tree.Text, import.Path.Span);
            var resolved = root!.Resolve(fullPath, import.Path.Value, location);
            if (resolved.Target is not { } target)
            {
                diagnostics.Add(resolved.Refusal!);
                continue;
            }

            var cycleStart = stack.IndexOf(target);
            if (cycleStart >= 0)
            {
                var chain = stack.Skip(cycleStart).Append(target).Select(p => Path.GetFileName(p));
                diagnostics.Add(DiagnosticCatalog.ImportCycle(location, chain));
                continue;
            }

            imports.Add(target);
            Visit(target, location);
        }

        stack.RemoveAt(stack.Count - 1);
        ordered.Add(tree);
    }

    private ImmutableHashSet<SyntaxTree> Closure(string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(path);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!seen.Add(next))
            {
                continue;
            }

            foreach (var imported in importsByPath.GetValueOrDefault(next) ?? [])
            {
                pending.Push(imported);
            }
        }

        return [.. seen.Select(p => treesByPath.GetValueOrDefault(p)).OfType<SyntaxTree>()];
    }
}
