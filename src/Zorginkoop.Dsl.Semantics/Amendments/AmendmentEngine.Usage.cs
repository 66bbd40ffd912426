using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Amendments;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;

namespace Zorginkoop.Dsl.Semantics.Amendments;

internal sealed partial class AmendmentEngine
{
    /// <summary>
    /// Reports removed elements that the policy still uses once all amendments of their date are applied: a
    /// set still in an <c>omvat</c> or <c>vereist overeenkomst</c>, a definition, keuze or gegevens still named
    /// in an expression or type, a timeline entry whose event a relative entry of its timeline still counts from.
    /// Scenarios are left to the scenario binder: they name their own date.
    /// </summary>
    private void CheckRemovals(List<Removal> removals)
    {
        foreach (var removal in removals)
        {
            var use = removal.Target switch
            {
                DeclarationTarget declaration => FindUse(declaration),
                EntryTarget entry => FindUse(entry),
                _ => null,
            };
            if (use is { } found)
            {
                diagnostics.Add(DiagnosticCatalog.RemovedStillUsed(removal.At, removal.Target.Path, DutchFormat.Date(removal.Amendment.Date!.Value), found.Usage, found.At));
            }
        }
    }

    private (string Usage, Zorginkoop.Dsl.Syntax.Text.SourceLocation At)? FindUse(DeclarationTarget removed)
    {
        var name = removed.Path;
        foreach (var file in loaded.Files.Where(f => VisibleFiles(f).Contains(removed.File)))
        {
            foreach (var declaration in state[file].Where(d => d is not AmendmentDeclarationSyntax && !IsScenario(d)))
            {
                var reference = SyntaxNodes.DescendantsAndSelf(declaration).FirstOrDefault(node => node switch
                {
                    IncludeSyntax include => include.Target.Text == name,
                    PrerequisiteSyntax prerequisite => prerequisite.Contract.Text == name,
                    NameExpressionSyntax expression => expression.Name.Text == name,
                    NamedTypeSyntax { IsBuiltIn: false } type => type.Name.Text == name,
                    RecordExtensionSyntax extension => extension.Name.Text == name,
                    _ => false,
                });
                if (reference is not null)
                {
                    var user = declaration is INamedDeclarationSyntax named ? $"{ItemName(declaration)} '{named.Name.Text}'" : ItemName(declaration);
                    return (user, At(file, reference));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// An entry provides events under its id and its <c>als</c> names; a relative entry ("6 weken na offerte")
    /// of the same timeline that counts from one of them, while no remaining entry provides it, still uses it.
    /// </summary>
    private (string Usage, Zorginkoop.Dsl.Syntax.Text.SourceLocation At)? FindUse(EntryTarget removed)
    {
        var timelineName = removed.Timeline.Name.Text;
        if (state[removed.File].OfType<TimelineDeclarationSyntax>().FirstOrDefault(t => t.Name.Text == timelineName) is not { } timeline)
        {
            return null;
        }

        var remaining = Entries(timeline).ToList();
        var provided = Provides(removed.Entry).Where(name => !remaining.Any(e => Provides(e).Contains(name))).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in remaining.Where(e => e.Schedule is not null))
        {
            var reference = SyntaxNodes.DescendantsAndSelf(entry.Schedule!).OfType<NameExpressionSyntax>().FirstOrDefault(n => provided.Contains(n.Name.Text));
            if (reference is not null)
            {
                return ($"tijdlijnregel '{timelineName}.{entry.Id?.Text ?? entry.Action.Value}'", At(removed.File, reference));
            }
        }

        return null;
    }

    private static IEnumerable<string> Provides(TimelineEntrySyntax entry) =>
        entry.Clauses.Where(c => c.Kind == EntryClauseKind.Event).Select(c => c.Value).Prepend(entry.Id?.Text).OfType<string>();

    private static bool IsScenario(DeclarationSyntax declaration) =>
        declaration.GetType().Namespace?.EndsWith(".Scenarios", StringComparison.Ordinal) == true;
}
