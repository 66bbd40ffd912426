using System.Collections.Immutable;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Scenarios;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Amendments;

internal sealed partial class AmendmentEngine
{
    /// <summary>
    /// Finds what a dotted name in an amendment denotes in the current state: a top-level declaration
    /// (<c>Huisartsgeneeskundig</c>), a requirement by path in a set or addendum (<c>RHO.keteninformatiesysteem.inzage</c>)
    /// or a timeline entry by id (<c>PlanningRho.offerte</c>). Reports ZI6001 and returns null when there is none.
    /// </summary>
    private Target? Resolve(PendingAmendment amendment, QualifiedNameSyntax name)
    {
        if (name.Parts.IsEmpty || name.Parts.Any(p => p.Text.Length == 0))
        {
            return null;
        }

        var first = name.Parts[0];
        var visible = VisibleFiles(amendment.File).ToList();
        var found = visible
            .SelectMany(file => state[file].OfType<INamedDeclarationSyntax>().Where(d => d.Name.Text == first.Text).Select(d => (File: file, Declaration: (DeclarationSyntax)d)))
            .FirstOrDefault();
        if (found.Declaration is null)
        {
            var candidates = visible.SelectMany(file => state[file].OfType<INamedDeclarationSyntax>()).Select(d => d.Name.Text);
            return NotFound(amendment, name, first, "er is in dit beleid niets met die naam", NameSuggester.Suggest(first.Text, candidates));
        }

        var (declaringFile, declaration) = found;
        var kind = KindOf(declaration);
        if (name.Parts.Length == 1)
        {
            return new DeclarationTarget(declaringFile, kind, first.Text, ((INamedDeclarationSyntax)declaration).Name, declaration);
        }

        switch (declaration)
        {
            case RequirementSetDeclarationSyntax or AddendumDeclarationSyntax:
                return ResolveRequirement(amendment, name, declaringFile, declaration, kind);
            case TimelineDeclarationSyntax timeline:
                var id = name.Parts[1];
                var entry = Entries(timeline).FirstOrDefault(e => e.Id?.Text == id.Text);
                if (entry is null)
                {
                    return NotFound(amendment, name, id, $"tijdlijn '{first.Text}' heeft geen regel met de naam '{id.Text}'",
                        NameSuggester.Suggest(id.Text, Entries(timeline).Select(e => e.Id?.Text).OfType<string>()));
                }

                if (name.Parts.Length > 2)
                {
                    return NotFound(amendment, name, name.Parts[2], "een tijdlijnregel heeft geen onderdelen met een naam; vervang de hele regel", null);
                }

                return new EntryTarget(declaringFile, AmendedElementKind.TimelineEntry, $"{first.Text}.{id.Text}", entry.Id!, timeline, entry);
            default:
                return NotFound(amendment, name, name.Parts[1],
                    $"{KindNames.Of(kind)} '{first.Text}' heeft geen onderdelen die een wijziging kan aanwijzen; vervang '{first.Text}' in zijn geheel", null);
        }
    }

    private Target? ResolveRequirement(PendingAmendment amendment, QualifiedNameSyntax name, SyntaxTree file, DeclarationSyntax container, AmendedElementKind kind)
    {
        IEnumerable<RequirementSyntax> level = container is RequirementSetDeclarationSyntax set ? set.Requirements : ((AddendumDeclarationSyntax)container).Requirements;
        var path = name.Parts[0].Text;
        var describe = $"{KindNames.Of(kind)} '{path}'";
        RequirementSyntax? current = null;
        foreach (var part in name.Parts.Skip(1))
        {
            current = level.FirstOrDefault(r => r.Name.Text == part.Text);
            if (current is null)
            {
                return NotFound(amendment, name, part, $"{describe} heeft geen eis '{part.Text}'", NameSuggester.Suggest(part.Text, level.Select(r => r.Name.Text)));
            }

            path += "." + part.Text;
            describe = $"eis '{path}'";
            level = current.Children;
        }

        return new RequirementTarget(file, AmendedElementKind.Requirement, path, current!.Name, container, [.. name.Parts.Skip(1).Select(p => p.Text)], current);
    }

    private Target? NotFound(PendingAmendment amendment, QualifiedNameSyntax name, NameSyntax failing, string reason, string? suggestion)
    {
        var parts = name.Parts.Select(p => p.Text).ToList();
        for (var length = parts.Count; length > 0; length--)
        {
            var prefix = string.Join(".", parts.Take(length));
            if (removed.TryGetValue(prefix, out var removal))
            {
                // Removed by another amendment of the same date: which applies first is then a matter of chance.
                diagnostics.Add(removal.By != amendment && removal.By.Date == amendment.Date
                    ? DiagnosticCatalog.AmendmentConflict(At(amendment.File, name), name.ToString(), DutchFormat.Date(amendment.Date!.Value), removal.By.Syntax.Title.Value, removal.At)
                    : DiagnosticCatalog.AmendmentTargetAlreadyRemoved(At(amendment.File, name), prefix, Describe(removal.By), removal.At));
                return null;
            }
        }

        diagnostics.Add(DiagnosticCatalog.AmendmentTargetNotFound(At(amendment.File, failing), name.ToString(), reason, suggestion));
        return null;
    }

    private IEnumerable<SyntaxTree> VisibleFiles(SyntaxTree from) =>
        loaded.Visible.TryGetValue(from, out var visible) ? loaded.Files.Where(visible.Contains) : [from];

    private static IEnumerable<TimelineEntrySyntax> Entries(TimelineDeclarationSyntax timeline) =>
        timeline.Members.SelectMany(member => member switch
        {
            TimelineEntrySyntax entry => [entry],
            TimelinePhaseSyntax phase => phase.Entries.AsEnumerable(),
            _ => [],
        });

    private static AmendedElementKind KindOf(SyntaxNode node) => node switch
    {
        RequirementSetDeclarationSyntax => AmendedElementKind.RequirementSet,
        AddendumDeclarationSyntax => AmendedElementKind.Addendum,
        DefinitionDeclarationSyntax => AmendedElementKind.Definition,
        TimelineDeclarationSyntax => AmendedElementKind.Timeline,
        ChoiceDeclarationSyntax => AmendedElementKind.Choice,
        RecordDeclarationSyntax => AmendedElementKind.Record,
        RecordExtensionSyntax => AmendedElementKind.RecordExtension,
        ScenarioDeclarationSyntax => AmendedElementKind.Scenario,
        RequirementSyntax => AmendedElementKind.Requirement,
        IncludeSyntax => AmendedElementKind.Include,
        TimelineEntrySyntax => AmendedElementKind.TimelineEntry,
        TimelinePhaseSyntax => AmendedElementKind.TimelinePhase,
        _ => AmendedElementKind.Other,
    };

    /// <summary>How an author calls a piece of syntax, for "u kunt geen … toevoegen".</summary>
    private static string ItemName(SyntaxNode node) => node switch
    {
        ImportSyntax => "gebruik",
        PolicyHeaderSyntax => "beleid-kop",
        Zorginkoop.Dsl.Syntax.Syntax.Amendments.AmendmentDeclarationSyntax => "wijziging",
        ExampleDeclarationSyntax => "voorbeeld",
        _ when KindOf(node) is var kind and not AmendedElementKind.Other => KindNames.Of(kind),
        _ => "onderdeel",
    };

    /// <summary>A target as resolved in the current state; <see cref="NameNode"/> is where its name is written.</summary>
    private abstract record Target(SyntaxTree File, AmendedElementKind Kind, string Path, SyntaxNode NameNode)
    {
        public AmendedElement ToElement() => new(Kind, Path, new SourceLocation(File.Text, NameNode.Span));

        public string Describe() => $"{KindNames.Of(Kind)} '{Path}'";
    }

    private sealed record DeclarationTarget(SyntaxTree File, AmendedElementKind Kind, string Path, SyntaxNode NameNode, DeclarationSyntax Declaration)
        : Target(File, Kind, Path, NameNode);

    /// <summary>A requirement; <see cref="Steps"/> are the requirement names below the container.</summary>
    private sealed record RequirementTarget(
        SyntaxTree File, AmendedElementKind Kind, string Path, SyntaxNode NameNode, DeclarationSyntax Container, ImmutableArray<string> Steps, RequirementSyntax Requirement)
        : Target(File, Kind, Path, NameNode);

    private sealed record EntryTarget(SyntaxTree File, AmendedElementKind Kind, string Path, SyntaxNode NameNode, TimelineDeclarationSyntax Timeline, TimelineEntrySyntax Entry)
        : Target(File, Kind, Path, NameNode);
}
