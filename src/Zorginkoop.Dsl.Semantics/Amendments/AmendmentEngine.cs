using System.Collections.Immutable;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Binding;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Amendments;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Amendments;

/// <summary>
/// Applies amendments to a working copy of a policy's top-level declarations, one file at a time. Syntax nodes
/// are immutable, so a change rebuilds the path from the changed node up to its top-level declaration; nodes
/// that an amendment adds keep their spans, which is sound because added and replacing nodes always come from
/// the file they are put into (ZI6009).
/// </summary>
internal sealed partial class AmendmentEngine
{
    private readonly LoadedPolicy loaded;
    private readonly DiagnosticBag diagnostics = new();
    private readonly Dictionary<SyntaxTree, List<DeclarationSyntax>> state = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, (PendingAmendment By, SourceLocation At)> removed = new(StringComparer.Ordinal);
    private readonly Dictionary<PendingAmendment, List<AmendmentOperation>> operations = [];

    public AmendmentEngine(LoadedPolicy loaded)
    {
        this.loaded = loaded;
        var order = 0;
        var pending = new List<PendingAmendment>();
        foreach (var file in loaded.Files)
        {
            state[file] = [.. file.Root.Declarations];
            foreach (var amendment in file.Root.OfKind<AmendmentDeclarationSyntax>())
            {
                pending.Add(new PendingAmendment(file, amendment, EffectiveDate(file, amendment), order++));
            }
        }

        Pending = pending;
    }

    /// <summary>Every amendment of the policy in source order, imported files first.</summary>
    public IReadOnlyList<PendingAmendment> Pending { get; }

    public ImmutableArray<Diagnostic> Diagnostics => diagnostics.ToImmutable();

    public void Run(DateOnly until)
    {
        var due = Pending.Where(p => p.Date is { } date && date <= until).OrderBy(p => p.Date).ThenBy(p => p.Order);
        foreach (var sameDate in due.GroupBy(p => p.Date!.Value))
        {
            var touches = new List<Touch>();
            var removals = new List<Removal>();
            foreach (var amendment in sameDate)
            {
                operations[amendment] = [];
                foreach (var operation in amendment.Syntax.Operations)
                {
                    Apply(amendment, operation, touches, removals);
                }
            }

            // Checked once the whole date is applied: an amendment on the same date may replace the user.
            CheckRemovals(removals);
        }
    }

    public ImmutableArray<ResolvedAmendment> ResolvedAmendments() =>
    [
        .. Pending.Select(p => new ResolvedAmendment(
            p.File, p.Syntax, p.Date,
            operations.TryGetValue(p, out var resolved) ? [.. resolved] : [.. p.Syntax.Operations.Select(o => Unresolved(p, o))])),
    ];

    public LoadedPolicy ToLoadedPolicy(DateOnly asOf)
    {
        var map = new Dictionary<SyntaxTree, SyntaxTree>(ReferenceEqualityComparer.Instance);
        foreach (var file in loaded.Files)
        {
            var declarations = state[file];
            var unchanged = declarations.Count == file.Root.Declarations.Length
                && declarations.Select((d, i) => ReferenceEquals(d, file.Root.Declarations[i])).All(same => same);
            map[file] = unchanged ? file : file with { Root = file.Root with { Declarations = [.. declarations] } };
        }

        var visible = loaded.Visible.ToImmutableDictionary(
            pair => map.GetValueOrDefault(pair.Key, pair.Key),
            pair => pair.Value.Select(f => map.GetValueOrDefault(f, f)).ToImmutableHashSet());
        return new LoadedPolicy(loaded.EntryPath, [.. loaded.Files.Select(f => map[f])], visible, loaded.Diagnostics)
        {
            AmendmentBase = loaded,
            AsOf = asOf,
        };
    }

    /// <summary>The date an amendment takes effect, if it is written as a valid date; the binder reports the rest.</summary>
    private static DateOnly? EffectiveDate(SyntaxTree file, AmendmentDeclarationSyntax amendment) =>
        amendment.EffectiveDate is LiteralExpressionSyntax { Kind: LiteralKind.Date } literal
        && LiteralBinder.Bind(literal, At(file, literal), new DiagnosticBag()) is BoundLiteral { Value: DateOnly date }
            ? date
            : null;

    private static SourceLocation At(SyntaxTree file, SyntaxNode node) => new(file.Text, node.Span);

    private static string Describe(PendingAmendment amendment) =>
        amendment.Date is { } date ? $"de wijziging van {DutchFormat.Date(date)} (\"{amendment.Syntax.Title.Value}\")" : $"de wijziging \"{amendment.Syntax.Title.Value}\"";

    /// <summary>An amendment declaration found in a file; compared by identity.</summary>
    internal sealed class PendingAmendment(SyntaxTree file, AmendmentDeclarationSyntax syntax, DateOnly? date, int order)
    {
        public SyntaxTree File { get; } = file;

        public AmendmentDeclarationSyntax Syntax { get; } = syntax;

        public DateOnly? Date { get; } = date;

        public int Order { get; } = order;
    }

    /// <summary>An element changed on a date, for the same-date conflict check.</summary>
    private sealed record Touch(PendingAmendment Amendment, string Path, bool IsAdd, SourceLocation At);

    /// <summary>An element removed on a date, for the still-used check.</summary>
    private sealed record Removal(PendingAmendment Amendment, Target Target, SourceLocation At);
}
