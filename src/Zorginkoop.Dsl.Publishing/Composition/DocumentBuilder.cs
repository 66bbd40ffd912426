using System.Collections.Immutable;
using Zorginkoop.Dsl.Publishing.Document;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Versions;

namespace Zorginkoop.Dsl.Publishing.Composition;

/// <summary>
/// Makes the published document of a checked policy, as it stands on the date it was checked for
/// (<see cref="CheckedPolicy.AsOf"/>): the amendments in effect then, newest first; the planning tables; the change
/// table of <paramref name="changes"/> when given; the requirement sets in source order, each followed by the
/// addenda that require it.
/// </summary>
public static class DocumentBuilder
{
    public static PolicyDocument Build(CheckedPolicy policy, PolicyDiff? changes = null, bool withCode = false)
    {
        var lists = new RequirementListBuilder(new SourceNumbering(policy.Files));
        var addendaByContract = policy.Addenda
            .Where(a => a.RequiredContracts.Length > 0 && policy.RequirementSets.Contains(a.RequiredContracts[0]))
            .ToLookup(a => a.RequiredContracts[0]);
        var placed = addendaByContract.SelectMany(g => g).ToHashSet();
        var sharedParts = SharedParts(policy);
        var drawnIn = sharedParts.SelectMany(g => g).ToHashSet();
        var sets = policy.RequirementSets
            .Where(s => !drawnIn.Contains(s))
            .Select(s => Contract(s, lists, Imported(policy, s.Location.Path), [.. addendaByContract[s].Select(a => Addendum(a, lists, Imported(policy, a.Location.Path)))]) with
            {
                SharedParts = [.. sharedParts[s].Select(part => Contract(part, lists, Imported(policy, part.Location.Path), []))],
                Includes = [.. s.Includes.Where(i => !sharedParts[s].Contains(i)).Select(SetLink)],
            })
            .Concat(policy.Addenda.Where(a => !placed.Contains(a)).Select(a => Addendum(a, lists, Imported(policy, a.Location.Path))))
            .ToImmutableArray();
        var plannings = policy.BoundTimelines.Select(PlanningBuilder.Build).ToImmutableArray();

        var anchors = sets.SelectMany(s => s.Anchors).Concat(plannings.SelectMany(p => p.Rows.Select(r => r.Anchor).Prepend(p.Anchor))).ToHashSet(StringComparer.Ordinal);
        var header = policy.Header;
        return new PolicyDocument(
            header?.Title ?? Path.GetFileNameWithoutExtension(policy.EntryPath),
            header?.Insurer,
            header?.FirstYear is { } first ? header.LastYear is { } last && last != first ? $"{first}-{last}" : $"{first}" : null,
            header?.Published,
            policy.AsOf,
            Path.GetFileName(policy.EntryPath),
            withCode,
            Amendments(policy, anchors),
            plannings,
            changes is null ? null : ChangeTableBuilder.Build(changes, anchors),
            sets);
    }

    /// <summary>
    /// The included sets that are printed inside the set that includes them: same title, included by that set only
    /// and required by no addendum, as the shared "Minimeisen voor alle zorgaanbieders" completed by a policy's own.
    /// </summary>
    private static ILookup<RequirementSetSymbol, RequirementSetSymbol> SharedParts(CheckedPolicy policy)
    {
        var includers = policy.RequirementSets.SelectMany(s => s.Includes.Select(i => (Part: i, By: (object)s)))
            .Concat(policy.Addenda.SelectMany(a => a.Includes.Concat(a.RequiredContracts).Select(i => (Part: i, By: (object)a))))
            .ToLookup(p => p.Part, p => p.By);
        return policy.RequirementSets
            .SelectMany(s => s.Includes.Select(part => (Set: s, Part: part)))
            .Where(p => p.Part.Title is not null && p.Part.Title == p.Set.Title && includers[p.Part].Distinct().Count() == 1
                && policy.RequirementSets.Contains(p.Part) && p.Part.Includes.IsEmpty)
            .ToLookup(p => p.Set, p => p.Part);
    }

    private static ImmutableArray<AmendmentSection> Amendments(CheckedPolicy policy, HashSet<string> anchors)
    {
        var inEffect = policy.AmendmentsInEffect.ToList();
        var sections = new List<AmendmentSection>();
        foreach (var group in inEffect.GroupBy(a => a.EffectiveDate))
        {
            var sequence = 0;
            foreach (var amendment in group)
            {
                sequence++;
                sections.Add(new AmendmentSection(
                    PolicyAnchors.Amendment(amendment.EffectiveDate, sequence),
                    amendment.EffectiveDate,
                    amendment.Title,
                    amendment.Reason,
                    amendment.Consequence,
                    [.. amendment.Operations.Select(o => Change(o, anchors))]));
            }
        }

        // The sources print the newest amendment first; among amendments of one date, the order they were written in.
        return [.. sections.Select((s, i) => (s, i)).OrderByDescending(p => p.s.Date).ThenBy(p => p.i).Select(p => p.s)];
    }

    private static AmendmentChange Change(AmendmentOperation operation, HashSet<string> anchors)
    {
        var verb = operation.Kind switch
        {
            AmendmentOperationKind.Add => operation.Target.Kind == AmendedElementKind.Policy ? "voegt toe" : "voegt toe aan",
            AmendmentOperationKind.Replace => "vervangt",
            _ => "laat vervallen",
        };
        return new AmendmentChange(verb, Link(operation.Target, anchors), [.. operation.Items.Select(i => Link(i, anchors))]);
    }

    private static DocumentLink Link(AmendedElement element, HashSet<string> anchors) =>
        element.Kind == AmendedElementKind.Policy
            ? new DocumentLink("het beleid", null)
            : new DocumentLink($"{element.KindName} {element.Path}", anchors.Contains(element.Path) ? element.Path : null);

    private static string? Imported(CheckedPolicy policy, string path) =>
        Path.GetFullPath(path) == Path.GetFullPath(policy.EntryPath) ? null : Path.GetFileName(path);

    private static RequirementSection Contract(RequirementSetSymbol set, RequirementListBuilder lists, string? sourceFile, ImmutableArray<RequirementSection> addenda) => new(
        PolicyAnchors.Declaration(set.Name),
        RequirementSectionKind.Contract,
        set.Title ?? set.Name,
        sourceFile,
        RuleText.Of(set.AppliesTo),
        set.ContractPeriod is { } period ? period.FirstYear == period.LastYear ? $"{period.FirstYear}" : $"{period.FirstYear}-{period.LastYear}" : null,
        [],
        [.. set.Includes.Select(SetLink)],
        set.StartDate is { } start ? StartDateWords.Sentence(start) : null,
        RuleText.Of(set.StartDate),
        DiscretionWords.Of(set.Discretion),
        lists.Build(set.Requirements),
        addenda);

    private static RequirementSection Addendum(AddendumSymbol addendum, RequirementListBuilder lists, string? sourceFile) => new(
        PolicyAnchors.Declaration(addendum.Name),
        RequirementSectionKind.Addendum,
        addendum.Title ?? addendum.Name,
        sourceFile,
        RuleText.Of(addendum.AppliesTo),
        null,
        [.. addendum.RequiredContracts.Select(SetLink)],
        [.. addendum.Includes.Select(SetLink)],
        addendum.StartDate is { } start ? StartDateWords.Sentence(start) : "Het beleid noemt voor dit addendum geen ingangsdatum.",
        RuleText.Of(addendum.StartDate),
        null,
        lists.Build(addendum.Requirements),
        [])
    {
        ContractAlternatives = addendum.ContractAlternatives,
        Terms = [.. Terms(addendum.Terms)],
    };

    private static IEnumerable<KeyValuePair<string, string>> Terms(Runtime.Results.AddendumTerms terms)
    {
        if (terms.Term is { } term)
        {
            yield return new("Looptijd", term);
        }

        if (terms.Automatic is { } automatic)
        {
            yield return new("Aanbod", automatic ? "automatisch, als onderdeel van het contractaanbod" : "op aanvraag");
        }

        if (terms.Negotiable is { } negotiable)
        {
            yield return new("Onderhandelbaar", negotiable ? "ja" : "nee");
        }
    }

    private static DocumentLink SetLink(RequirementSetSymbol set) => new(set.Title ?? set.Name, PolicyAnchors.Declaration(set.Name));
}
