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
using static Zorginkoop.Dsl.Semantics.Binding.BindingContext;

namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>
/// Translates the parsed files of a policy into the checked model. The core binds the declarations — declare names,
/// complete types, bind definitions and requirement sets, then the checks across them — with the
/// <see cref="ExpressionBinder"/>; timelines, amendments and scenarios are bound by their own binders, which take
/// the same <see cref="BindingContext"/> and return their product. Never throws on user errors: a failed part
/// becomes an error symbol or expression and binding carries on.
/// </summary>
public sealed partial class Binder
{
    private readonly BindingContext context;
    private readonly ExpressionBinder expressions;

    private Binder(LoadedPolicy loaded, AmendmentAnalysis amendmentAnalysis)
    {
        context = new BindingContext(loaded, amendmentAnalysis);
        expressions = new ExpressionBinder(context);
    }

    /// <summary>
    /// Translates the parsed files of one version of a policy, with the analysis of its amendments made before,
    /// into the checked model of that version. The amendments are read from the analysis; binding never applies them.
    /// </summary>
    internal static CheckedPolicy Bind(LoadedPolicy loaded, AmendmentAnalysis amendmentAnalysis) => new Binder(loaded, amendmentAnalysis).Bind();

    private CheckedPolicy Bind()
    {
        var loaded = context.Loaded;
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

        if (context.Subject is { } subject)
        {
            context.SubjectVariable = new VariableSymbol(subject.SubjectName!, subject.Location, new RecordType(subject));
        }

        foreach (var definition in context.Definitions)
        {
            expressions.EnsureBound(definition);
        }

        foreach (var set in context.RequirementSets)
        {
            BindRequirementSet(set);
        }

        foreach (var addendum in context.Addenda)
        {
            BindAddendum(addendum);
        }

        CheckIncludeCycles();
        var header = BindHeader();

        // The feature binders run after requirements because they refer to them.
        var timelines = new TimelineBinder(context, expressions).Bind(header);
        var amendments = new AmendmentBinder(context, expressions).Bind(header);
        var (examples, scenarios) = new ScenarioBinder(context, expressions).Bind();

        // What binding found where the parser guessed after a syntax error is about the guess; the syntax error says it.
        var findings = context.Diagnostics.ToImmutable().Where((Diagnostic d) => d.Location is not { } at || !loaded.Files.Any(f => f.IsDamagedAt(at)));
        return new CheckedPolicy(
            loaded.EntryPath,
            loaded.Files,
            header,
            context.Subject,
            context.SubjectVariable,
            [.. context.Choices],
            [.. context.Records],
            [.. context.Definitions],
            [.. context.RequirementSets],
            [.. context.Addenda],
            [.. context.Timelines],
            [.. context.References],
            DiagnosticOrdering.Sort([.. findings, .. loaded.Diagnostics]))
        {
            BoundTimelines = timelines,
            Amendments = amendments,
            AsOf = loaded.AsOf,
            Examples = examples,
            Scenarios = scenarios,
        };
    }

    private void DeclareNames(SyntaxTree file)
    {
        foreach (var declaration in file.Root.Declarations)
        {
            Symbol? symbol = declaration switch
            {
                ChoiceDeclarationSyntax d => Add(context.Choices, new ChoiceSymbol(d.Name.Text, At(file, d.Name))),
                RecordDeclarationSyntax d => Add(context.Records, new RecordSymbol(d.Name.Text, At(file, d.Name), d.SubjectName?.Text)),
                DefinitionDeclarationSyntax d => Add(context.Definitions, new DefinitionSymbol(d.Name.Text, At(file, d.Name), d.Description?.Value, d)),
                RequirementSetDeclarationSyntax d => Add(context.RequirementSets, new RequirementSetSymbol(d.Name.Text, At(file, d.Name), d.Title?.Value)),
                AddendumDeclarationSyntax d => Add(context.Addenda, new AddendumSymbol(d.Name.Text, At(file, d.Name), d.Title?.Value)),
                TimelineDeclarationSyntax d => Add(context.Timelines, new TimelineSymbol(d.Name.Text, At(file, d.Name), d.Title?.Value, d)),
                Zorginkoop.Dsl.Syntax.Syntax.Scenarios.ExampleDeclarationSyntax d => Add(context.Examples, new ExampleSymbol(d.Name.Text, At(file, d.Name), d)),
                _ => null,
            };
            if (symbol is not null && symbol.Name.Length > 0)
            {
                context.Declare(symbol, declaration, file);
            }
        }
    }

    private static T Add<T>(List<T> list, T symbol)
    {
        list.Add(symbol);
        return symbol;
    }
}
