using System.Collections.Immutable;
using Zorginkoop.Dsl.Publishing.Document;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;

namespace Zorginkoop.Dsl.Publishing.Composition;

/// <summary>
/// Requirements as the source annex lists them: numbered where the author kept the numbers, nested as the groups
/// nest. A child whose sentence is part of its group's sentence (the author split one sentence of the source into
/// checks) is shown with its group, not as an item of its own: the source has no such item.
/// </summary>
internal sealed class RequirementListBuilder(SourceNumbering numbering)
{
    public RequirementList Build(ImmutableArray<RequirementSymbol> requirements)
    {
        var numbered = requirements.Length > 0 && numbering.NumberOf(requirements[0]) is not null;
        var items = new List<RequirementListItem>();
        foreach (var requirement in requirements)
        {
            var entry = Entry(requirement);
            var number = numbered ? numbering.NumberOf(requirement) : null;
            if (numbered && number is null && items.Count > 0)
            {
                var last = items[^1];
                items[^1] = last with { Requirements = last.Requirements.Add(entry) };
                continue;
            }

            items.Add(new RequirementListItem(number, [entry]));
        }

        return new RequirementList(numbered, [.. items]);
    }

    private RequirementEntry Entry(RequirementSymbol requirement)
    {
        var parts = requirement.Children.Where(c => IsPartOf(c, requirement)).ToImmutableArray();
        var listed = requirement.Children.Where(c => !IsPartOf(c, requirement)).ToImmutableArray();
        var entry = new RequirementEntry(
            PolicyAnchors.Requirement(requirement.Path),
            requirement.Path,
            requirement.Sentence,
            RuleText.Of(requirement.Condition),
            CheckedFacts.Of([requirement.Condition, .. requirement.Exceptions.Select(e => e.Condition)]),
            [
                // An element's exception (per deelnemer, per specialist) is an exception the reader of the source expects here too.
                .. BoundQuantified.ElementExceptionsOf(requirement.Condition).Select(e => new RequirementExceptionEntry(e.Description, RuleText.Of(e.Condition))),
                .. requirement.Exceptions.Select(e => new RequirementExceptionEntry(e.Description, RuleText.Of(e.Condition))),
            ],
            DiscretionWords.Of(requirement.Discretion),
            [.. parts.Select(Entry)],
            listed.IsEmpty ? RequirementList.Empty : Build(listed));
        return WithSharedFactsOnce(entry);
    }

    /// <summary>
    /// A list under a sentence whose items are all checked against the same facts ("geen veroordeling inzake:" and
    /// six offences, each read from <c>aanbieder.veroordelingen</c>) says so once, under the sentence, as a reader
    /// of the source would expect, rather than six times.
    /// </summary>
    private static RequirementEntry WithSharedFactsOnce(RequirementEntry entry)
    {
        var items = entry.Children.Items.SelectMany(i => i.Requirements).ToList();
        if (!entry.CheckedAgainst.IsEmpty || items.Count < 2 || !entry.Parts.IsEmpty
            || items.Any(i => !i.Parts.IsEmpty || !i.Children.IsEmpty || i.CheckedAgainst.IsEmpty)
            || items.Any(i => !i.CheckedAgainst.SequenceEqual(items[0].CheckedAgainst)))
        {
            return entry;
        }

        var children = entry.Children with
        {
            Items = [.. entry.Children.Items.Select(i => i with { Requirements = [.. i.Requirements.Select(r => r with { CheckedAgainst = [] })] })],
        };
        return entry with { CheckedAgainst = items[0].CheckedAgainst, Children = children };
    }

    private static bool IsPartOf(RequirementSymbol child, RequirementSymbol group) =>
        child.Sentence is { Length: > 0 } sentence && group.Sentence is { } whole && whole.Contains(sentence.Trim(), StringComparison.Ordinal);
}

/// <summary><c>mag afwijken</c> in the reader's words.</summary>
internal static class DiscretionWords
{
    public static string? Of(Discretion? discretion) => discretion is null
        ? null
        : discretion.Reason is { } reason ? $"De zorgverzekeraar mag hiervan afwijken: {reason}" : "De zorgverzekeraar mag hiervan afwijken.";
}
