using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>
/// Translates the parsed files of a policy into the checked model. Runs in passes — declare names, complete
/// types, bind definitions and requirement sets, then the checks across them — and never throws on user
/// errors: a failed part becomes an error symbol or expression and binding carries on.
/// </summary>
public sealed partial class Binder
{
    private readonly LoadedPolicy loaded;
    private readonly AmendmentAnalysis amendmentAnalysis;
    private readonly DiagnosticBag diagnostics = new();
    private readonly List<SymbolReference> references = [];
    private readonly Dictionary<string, List<(Symbol Symbol, SyntaxTree File)>> globals = new(StringComparer.Ordinal);
    private readonly Dictionary<Symbol, SyntaxNode> declarations = [];
    private readonly List<ChoiceSymbol> choices = [];
    private readonly List<RecordSymbol> records = [];
    private readonly List<DefinitionSymbol> definitions = [];
    private readonly List<RequirementSetSymbol> requirementSets = [];
    private readonly List<AddendumSymbol> addenda = [];
    private readonly List<TimelineSymbol> timelines = [];
    private RecordSymbol? subject;
    private VariableSymbol? subjectVariable;

    private Binder(LoadedPolicy loaded, AmendmentAnalysis amendmentAnalysis)
    {
        this.loaded = loaded;
        this.amendmentAnalysis = amendmentAnalysis;
    }

    /// <summary>
    /// Translates the parsed files of one version of a policy, with the analysis of its amendments made before,
    /// into the checked model of that version. The amendments are read from the analysis; binding never applies them.
    /// </summary>
    internal static CheckedPolicy Bind(LoadedPolicy loaded, AmendmentAnalysis amendmentAnalysis) => new Binder(loaded, amendmentAnalysis).Bind();

    private CheckedPolicy Bind()
    {
        if (ReferenceChains.Check(loaded) is { } tooLong)
        {
            // Binding would follow the chain by recursion; the policy is reported, not bound.
            return new CheckedPolicy(loaded.EntryPath, loaded.Files, null, null, null, [], [], [], [], [], [], [], DiagnosticOrdering.Sort([.. loaded.Diagnostics, tooLong]));
        }

        foreach (var file in loaded.Files)
        {
            DeclareNames(file);
        }

        foreach (var file in loaded.Files)
        {
            CompleteChoicesAndRecords(file);
        }

        foreach (var file in loaded.Files)
        {
            CompleteExtensions(file);
        }

        subjectVariable = subject is null ? null : new VariableSymbol(subject.SubjectName!, subject.Location, new RecordType(subject));

        foreach (var definition in definitions)
        {
            EnsureBound(definition);
        }

        foreach (var set in requirementSets)
        {
            BindRequirementSet(set);
        }

        foreach (var addendum in addenda)
        {
            BindAddendum(addendum);
        }

        CheckIncludeCycles();
        var header = BindHeader();

        var policy = new CheckedPolicy(
            loaded.EntryPath,
            loaded.Files,
            header,
            subject,
            subjectVariable,
            [.. choices],
            [.. records],
            [.. definitions],
            [.. requirementSets],
            [.. addenda],
            [.. timelines],
            [.. references],
            []);

        // Each feature pass adds its part of the model; they run after requirements because they refer to them.
        policy = BindTimelines(policy);
        policy = BindAmendments(policy);
        policy = BindScenarios(policy);

        // What binding found where the parser guessed after a syntax error is about the guess; the syntax error says it.
        var findings = diagnostics.ToImmutable().Where((Diagnostic d) => d.Location is not { } at || !loaded.Files.Any(f => f.IsDamagedAt(at)));
        return policy with { Diagnostics = DiagnosticOrdering.Sort([.. findings, .. loaded.Diagnostics]), References = [.. references] };
    }

    private void DeclareNames(SyntaxTree file)
    {
        foreach (var declaration in file.Root.Declarations)
        {
            Symbol? symbol = declaration switch
            {
                ChoiceDeclarationSyntax d => Add(choices, new ChoiceSymbol(d.Name.Text, At(file, d.Name))),
                RecordDeclarationSyntax d => Add(records, new RecordSymbol(d.Name.Text, At(file, d.Name), d.SubjectName?.Text)),
                DefinitionDeclarationSyntax d => Add(definitions, new DefinitionSymbol(d.Name.Text, At(file, d.Name), d.Description?.Value, d)),
                RequirementSetDeclarationSyntax d => Add(requirementSets, new RequirementSetSymbol(d.Name.Text, At(file, d.Name), d.Title?.Value)),
                AddendumDeclarationSyntax d => Add(addenda, new AddendumSymbol(d.Name.Text, At(file, d.Name), d.Title?.Value)),
                TimelineDeclarationSyntax d => Add(timelines, new TimelineSymbol(d.Name.Text, At(file, d.Name), d.Title?.Value, d)),
                Zorginkoop.Dsl.Syntax.Syntax.Scenarios.ExampleDeclarationSyntax d => Add(examples, new ExampleSymbol(d.Name.Text, At(file, d.Name), d)),
                _ => null,
            };
            if (symbol is null || symbol.Name.Length == 0)
            {
                continue;
            }

            declarations[symbol] = declaration;
            references.Add(new SymbolReference(symbol.Location, symbol));
            var sameName = globals.TryGetValue(symbol.Name, out var existing) ? existing : globals[symbol.Name] = [];
            // One policy is one namespace, even across sibling imports, so a name always means one thing.
            if (sameName.Count > 0)
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateDeclaration(symbol.Location, symbol.Name, sameName[0].Symbol.Location));
            }

            sameName.Add((symbol, file));
        }
    }

    private static T Add<T>(List<T> list, T symbol)
    {
        list.Add(symbol);
        return symbol;
    }

    private bool Sees(SyntaxTree from, SyntaxTree declaredIn) =>
        loaded.Visible.TryGetValue(from, out var visible) && visible.Contains(declaredIn);

    /// <summary>Finds a top-level name as seen from a file: its own declarations and those of files it imports.</summary>
    private Symbol? LookupGlobal(string name, SyntaxTree from) =>
        globals.TryGetValue(name, out var candidates)
            ? candidates.Where(c => Sees(from, c.File)).Select(c => c.Symbol).FirstOrDefault()
            : null;

    private IEnumerable<Symbol> VisibleGlobals(SyntaxTree from) =>
        globals.Values.SelectMany(v => v).Where(c => Sees(from, c.File)).Select(c => c.Symbol);

    private string? SuggestGlobal(string name, SyntaxTree from, Func<Symbol, bool> filter) =>
        Zorginkoop.Dsl.Runtime.Values.NameSuggester.Suggest(name, VisibleGlobals(from).Where(filter).Select(s => s.Name));

    /// <summary>Resolves a name that must denote a particular kind of symbol, reporting unknown or wrong-kind names.</summary>
    private T? Resolve<T>(SyntaxTree file, NameSyntax name, string kindName) where T : Symbol
    {
        if (name.Text.Length == 0)
        {
            return null;
        }

        var symbol = LookupGlobal(name.Text, file);
        switch (symbol)
        {
            case T match:
                references.Add(new SymbolReference(At(file, name), match));
                return match;
            case null:
                diagnostics.Add(DiagnosticCatalog.UnknownName(At(file, name), kindName, name.Text, SuggestGlobal(name.Text, file, s => s is T)));
                return null;
            default:
                diagnostics.Add(DiagnosticCatalog.WrongKindOfName(At(file, name), name.Text, $"een {symbol.KindName}", $"een {kindName}"));
                return null;
        }
    }

    private static SourceLocation At(SyntaxTree file, SyntaxNode node) => new(file.Text, node.Span);

    private static SourceLocation At(SyntaxTree file, TextSpan span) => new(file.Text, span);

    private SyntaxTree FileOf(Symbol symbol) => loaded.Files.First(f => ReferenceEquals(f.Text, symbol.Location.Source));
}
