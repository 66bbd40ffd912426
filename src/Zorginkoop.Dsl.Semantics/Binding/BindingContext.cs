using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>
/// The state that the binders of one version of a policy share, owned here and nowhere else: the files, the
/// amendment analysis, the diagnostics and symbol references found so far, and the table of top-level names. The
/// core <see cref="Binder"/> fills the table (declarations); <see cref="ExpressionBinder"/>,
/// <see cref="TimelineBinder"/>, <see cref="AmendmentBinder"/> and <see cref="ScenarioBinder"/> read it and add
/// their findings.
/// </summary>
internal sealed class BindingContext
{
    private readonly Dictionary<string, List<(Symbol Symbol, SyntaxTree File)>> globals = new(StringComparer.Ordinal);
    private readonly Dictionary<Symbol, SyntaxNode> declarations = [];

    public BindingContext(LoadedPolicy loaded, AmendmentAnalysis amendmentAnalysis)
    {
        Loaded = loaded;
        AmendmentAnalysis = amendmentAnalysis;
    }

    public LoadedPolicy Loaded { get; }

    public AmendmentAnalysis AmendmentAnalysis { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Every place a name is declared or used, for the language server's navigation.</summary>
    public List<SymbolReference> References { get; } = [];

    public List<ChoiceSymbol> Choices { get; } = [];

    public List<RecordSymbol> Records { get; } = [];

    public List<DefinitionSymbol> Definitions { get; } = [];

    public List<RequirementSetSymbol> RequirementSets { get; } = [];

    public List<AddendumSymbol> Addenda { get; } = [];

    public List<TimelineSymbol> Timelines { get; } = [];

    public List<ExampleSymbol> Examples { get; } = [];

    /// <summary>The record declared with <c>als</c>: what the policy is about. Set once, by the declarations.</summary>
    public RecordSymbol? Subject { get; set; }

    /// <summary>The subject as the variable expressions name it (<c>aanbieder</c>). Set once the subject is known.</summary>
    public VariableSymbol? SubjectVariable { get; set; }

    /// <summary>
    /// Enters a top-level symbol into the table; a name declared twice is reported. One policy is one namespace,
    /// even across sibling imports, so a name always means one thing.
    /// </summary>
    public void Declare(Symbol symbol, SyntaxNode declaration, SyntaxTree file)
    {
        declarations[symbol] = declaration;
        References.Add(new SymbolReference(symbol.Location, symbol));
        var sameName = globals.TryGetValue(symbol.Name, out var existing) ? existing : globals[symbol.Name] = [];
        if (sameName.Count > 0)
        {
            Diagnostics.Add(DiagnosticCatalog.DuplicateDeclaration(symbol.Location, symbol.Name, sameName[0].Symbol.Location));
        }

        sameName.Add((symbol, file));
    }

    /// <summary>The syntax a symbol was declared by.</summary>
    public SyntaxNode DeclarationOf(Symbol symbol) => declarations[symbol];

    /// <summary>The symbol a declaration made, if it made one of the kind asked for.</summary>
    public T? SymbolFor<T>(SyntaxNode declaration) where T : Symbol =>
        declarations.FirstOrDefault(pair => ReferenceEquals(pair.Value, declaration)).Key as T;

    /// <summary>Finds a top-level name as seen from a file: its own declarations and those of files it imports.</summary>
    public Symbol? LookupGlobal(string name, SyntaxTree from) =>
        globals.TryGetValue(name, out var candidates)
            ? candidates.Where(c => Sees(from, c.File)).Select(c => c.Symbol).FirstOrDefault()
            : null;

    public IEnumerable<Symbol> VisibleGlobals(SyntaxTree from) =>
        globals.Values.SelectMany(v => v).Where(c => Sees(from, c.File)).Select(c => c.Symbol);

    public string? SuggestGlobal(string name, SyntaxTree from, Func<Symbol, bool> filter) =>
        NameSuggester.Suggest(name, VisibleGlobals(from).Where(filter).Select(s => s.Name));

    /// <summary>Resolves a name that must denote a particular kind of symbol, reporting unknown or wrong-kind names.</summary>
    public T? Resolve<T>(SyntaxTree file, NameSyntax name, string kindName) where T : Symbol
    {
        if (name.Text.Length == 0)
        {
            return null;
        }

        var symbol = LookupGlobal(name.Text, file);
        switch (symbol)
        {
            case T match:
                References.Add(new SymbolReference(At(file, name), match));
                return match;
            case null:
                Diagnostics.Add(DiagnosticCatalog.UnknownName(At(file, name), kindName, name.Text, SuggestGlobal(name.Text, file, s => s is T)));
                return null;
            default:
                Diagnostics.Add(DiagnosticCatalog.WrongKindOfName(At(file, name), name.Text, $"een {symbol.KindName}", $"een {kindName}"));
                return null;
        }
    }

    /// <summary>Reports unknown and repeated properties; returns the known ones, first occurrence only.</summary>
    public IEnumerable<PropertySyntax> KnownProperties(SyntaxTree file, IEnumerable<PropertySyntax> properties, string[] allowed, string block)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (!allowed.Contains(property.Name.Text))
            {
                Diagnostics.Add(DiagnosticCatalog.UnknownProperty(At(file, property.Name), property.Name.Text, block, allowed));
            }
            else if (!seen.Add(property.Name.Text))
            {
                Diagnostics.Add(DiagnosticCatalog.DuplicateProperty(At(file, property.Name), property.Name.Text));
            }
            else
            {
                yield return property;
            }
        }
    }

    public SyntaxTree FileOf(Symbol symbol) => Loaded.Files.First(f => ReferenceEquals(f.Text, symbol.Location.Source));

    public static SourceLocation At(SyntaxTree file, SyntaxNode node) => new(file.Text, node.Span);

    public static SourceLocation At(SyntaxTree file, TextSpan span) => new(file.Text, span);

    private bool Sees(SyntaxTree from, SyntaxTree declaredIn) =>
        Loaded.Visible.TryGetValue(from, out var visible) && visible.Contains(declaredIn);
}
