using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Timelines;

namespace Zorginkoop.Dsl.Semantics.Versions;

/// <summary>
/// Translates two checked policies into the changes between them: the header, requirement sets and their
/// requirements (by path), addenda, definitions and timeline entries (by timeline and id), in the order of the
/// new policy with what was dropped after what stayed. Both models must be free of errors to mean anything;
/// the caller checks that.
/// </summary>
public static partial class PolicyComparer
{
    public static PolicyDiff Compare(CheckedPolicy older, CheckedPolicy newer)
    {
        var changes = new List<PolicyChange>();
        CompareHeaders(older, newer, changes);
        CompareRequirementSets(older, newer, changes);
        CompareAddenda(older, newer, changes);
        CompareDefinitions(older, newer, changes);
        CompareTimelines(older, newer, changes);
        return new PolicyDiff(Info(older), Info(newer), [.. changes], AmendmentsBetween(older, newer));
    }

    private static PolicyVersionInfo Info(CheckedPolicy policy) =>
        new(policy.EntryPath, policy.Header?.Title, policy.Header?.FirstYear, policy.Header?.LastYear, policy.AsOf);

    /// <summary>For one file at two dates: the amendments in effect on the later date but not on the earlier.</summary>
    private static ImmutableArray<Amendment> AmendmentsBetween(CheckedPolicy older, CheckedPolicy newer)
    {
        if (older.EntryPath != newer.EntryPath)
        {
            return [];
        }

        // Each compilation reads the file anew, so amendments are the same when they sit at the same place.
        var before = older.AmendmentsInEffect.Select(a => (a.Location.Path, a.Location.Span)).ToHashSet();
        return [.. newer.AmendmentsInEffect.Where(a => !before.Contains((a.Location.Path, a.Location.Span)))];
    }

    private static void CompareHeaders(CheckedPolicy older, CheckedPolicy newer, List<PolicyChange> changes)
    {
        string? Period(CheckedPolicy p) => p.Header is { FirstYear: { } first, LastYear: { } last } ? first == last ? $"{first}" : $"{first} t/m {last}" : null;
        var notes = new List<string>();
        if (older.Header?.Title != newer.Header?.Title)
        {
            notes.Add("titel");
        }

        if (Period(older) != Period(newer))
        {
            notes.Add("looptijd");
        }

        if (older.Header?.Insurer != newer.Header?.Insurer)
        {
            notes.Add("verzekeraar");
        }

        if (notes.Count > 0)
        {
            changes.Add(new PolicyChange(ChangeKind.Changed, AmendedElementKind.Policy, string.Empty, null,
                new ChangeSide(older.Header?.Title, Period(older), null), new ChangeSide(newer.Header?.Title, Period(newer), null), [], [.. notes.Select(n => n + " gewijzigd")]));
        }
    }

    private static void CompareRequirementSets(CheckedPolicy older, CheckedPolicy newer, List<PolicyChange> changes)
    {
        foreach (var (old, @new) in Match(older.RequirementSets, newer.RequirementSets, s => s.Name))
        {
            switch (old, @new)
            {
                case (null, { } added):
                    changes.Add(Added(AmendedElementKind.RequirementSet, added.Name, null, SetSide(added), Contents(added.Includes, added.Requirements)));
                    break;
                case ({ } removed, null):
                    changes.Add(Removed(AmendedElementKind.RequirementSet, removed.Name, null, SetSide(removed), Contents(removed.Includes, removed.Requirements)));
                    break;
                case ({ } a, { } b):
                    var values = new List<ValueChange>();
                    var notes = new List<string>();
                    if (a.Title != b.Title)
                    {
                        notes.Add("titel gewijzigd");
                    }

                    CompareLogic("geldt voor", a.AppliesTo, b.AppliesTo, values, notes);
                    CompareDiscretion(a.Discretion?.Reason, a.Discretion is not null, b.Discretion?.Reason, b.Discretion is not null, notes);
                    CompareIncludes(a.Includes, b.Includes, notes);
                    CompareLogic("ingangsdatum", a.StartDate, b.StartDate, values, notes);
                    if (notes.Count > 0 || values.Count > 0)
                    {
                        changes.Add(new PolicyChange(ChangeKind.Changed, AmendedElementKind.RequirementSet, b.Name, null, SetSide(a), SetSide(b), [.. values], [.. notes]));
                    }

                    CompareRequirements(a.Requirements, b.Requirements, b.Title ?? b.Name, changes);
                    break;
            }
        }
    }

    private static ChangeSide SetSide(RequirementSetSymbol set) => new(set.Title, LogicComparer.Text(set.AppliesTo), set.Location);

    private static void CompareAddenda(CheckedPolicy older, CheckedPolicy newer, List<PolicyChange> changes)
    {
        foreach (var (old, @new) in Match(older.Addenda, newer.Addenda, a => a.Name))
        {
            switch (old, @new)
            {
                case (null, { } added):
                    changes.Add(Added(AmendedElementKind.Addendum, added.Name, null, AddendumSide(added), Contents(added.Includes, added.Requirements)));
                    break;
                case ({ } removed, null):
                    changes.Add(Removed(AmendedElementKind.Addendum, removed.Name, null, AddendumSide(removed), Contents(removed.Includes, removed.Requirements)));
                    break;
                case ({ } a, { } b):
                    var values = new List<ValueChange>();
                    var notes = new List<string>();
                    if (a.Title != b.Title)
                    {
                        notes.Add("titel gewijzigd");
                    }

                    CompareLogic("geldt voor", a.AppliesTo, b.AppliesTo, values, notes);
                    CompareNames("vereist overeenkomst", a.RequiredContracts.Select(c => c.Name), b.RequiredContracts.Select(c => c.Name), notes);
                    CompareIncludes(a.Includes, b.Includes, notes);
                    CompareLogic("ingangsdatum", a.StartDate, b.StartDate, values, notes);
                    if (notes.Count > 0 || values.Count > 0)
                    {
                        changes.Add(new PolicyChange(ChangeKind.Changed, AmendedElementKind.Addendum, b.Name, null, AddendumSide(a), AddendumSide(b), [.. values], [.. notes]));
                    }

                    CompareRequirements(a.Requirements, b.Requirements, b.Title ?? b.Name, changes);
                    break;
            }
        }
    }

    private static ChangeSide AddendumSide(AddendumSymbol addendum) =>
        new(addendum.Title, addendum.RequiredContracts.IsEmpty ? null : "vereist overeenkomst " + string.Join(", ", addendum.RequiredContracts.Select(c => c.Name)), addendum.Location);

    private static ImmutableArray<string> Contents(IEnumerable<RequirementSetSymbol> includes, IEnumerable<RequirementSymbol> requirements)
    {
        var parts = includes.Select(i => "omvat " + i.Name).Concat(requirements.Select(r => "eis " + r.Name)).ToList();
        return parts.Count == 0 ? [] : [string.Join(", ", parts)];
    }

    /// <summary>Requirements matched by path at every level of nesting; a group's children are compared on their own.</summary>
    private static void CompareRequirements(ImmutableArray<RequirementSymbol> older, ImmutableArray<RequirementSymbol> newer, string context, List<PolicyChange> changes)
    {
        foreach (var (old, @new) in Match(older, newer, r => r.Name))
        {
            switch (old, @new)
            {
                case (null, { } added):
                    changes.Add(Added(AmendedElementKind.Requirement, added.Path, context, RequirementSide(added), Children(added)));
                    break;
                case ({ } removed, null):
                    changes.Add(Removed(AmendedElementKind.Requirement, removed.Path, context, RequirementSide(removed), Children(removed)));
                    break;
                case ({ } a, { } b):
                    var values = new List<ValueChange>();
                    var notes = new List<string>();
                    if (a.IsGroup != b.IsGroup)
                    {
                        notes.Add(b.IsGroup ? "voorwaarde vervangen door deeleisen" : "deeleisen vervangen door één voorwaarde");
                    }
                    else if (!a.IsGroup)
                    {
                        CompareLogic("voorwaarde", a.Condition, b.Condition, values, notes);
                    }

                    CompareDiscretion(a.Discretion?.Reason, a.Discretion is not null, b.Discretion?.Reason, b.Discretion is not null, notes);
                    CompareExceptions(a.Exceptions, b.Exceptions, values, notes);
                    if (a.Sentence != b.Sentence || notes.Count > 0 || values.Count > 0)
                    {
                        changes.Add(new PolicyChange(ChangeKind.Changed, AmendedElementKind.Requirement, b.Path, context, RequirementSide(a), RequirementSide(b), [.. values],
                            a.Sentence != b.Sentence ? ["tekst gewijzigd", .. notes] : [.. notes]));
                    }

                    CompareRequirements(a.Children, b.Children, context, changes);
                    break;
            }
        }
    }

    private static ChangeSide RequirementSide(RequirementSymbol requirement) =>
        new(requirement.Sentence, requirement.IsGroup ? null : LogicComparer.Text(requirement.Condition), requirement.Location);

    private static ImmutableArray<string> Children(RequirementSymbol requirement) =>
        requirement.Children.IsEmpty ? [] : ["deeleisen: " + string.Join(", ", requirement.Children.Select(c => c.Name))];

    private static void CompareDefinitions(CheckedPolicy older, CheckedPolicy newer, List<PolicyChange> changes)
    {
        foreach (var (old, @new) in Match(older.Definitions, newer.Definitions, d => d.Name))
        {
            switch (old, @new)
            {
                case (null, { } added):
                    changes.Add(Added(AmendedElementKind.Definition, added.Name, null, DefinitionSide(added), []));
                    break;
                case ({ } removed, null):
                    changes.Add(Removed(AmendedElementKind.Definition, removed.Name, null, DefinitionSide(removed), []));
                    break;
                case ({ } a, { } b):
                    var values = new List<ValueChange>();
                    var notes = new List<string>();
                    CompareLogic("waarde", a.Value, b.Value, values, notes);
                    if (a.Description != b.Description)
                    {
                        notes.Add("omschrijving gewijzigd");
                    }

                    if (notes.Count > 0 || values.Count > 0)
                    {
                        changes.Add(new PolicyChange(ChangeKind.Changed, AmendedElementKind.Definition, b.Name, null, DefinitionSide(a), DefinitionSide(b), [.. values], [.. notes]));
                    }

                    break;
            }
        }
    }

    private static ChangeSide DefinitionSide(DefinitionSymbol definition) => new(definition.Description, LogicComparer.Text(definition.Value), definition.Location);

    private static void CompareLogic(string what, BoundExpression? a, BoundExpression? b, List<ValueChange> values, List<string> notes)
    {
        if (a is null != b is null)
        {
            notes.Add(a is null ? $"{what} toegevoegd" : $"{what} vervallen");
            return;
        }

        var found = new List<ValueChange>();
        if (!LogicComparer.SameShape(a, b, found))
        {
            notes.Add($"{what} gewijzigd");
            return;
        }

        values.AddRange(found);
    }

    private static void CompareDiscretion(string? oldReason, bool oldDiscretion, string? newReason, bool newDiscretion, List<string> notes)
    {
        if (oldDiscretion != newDiscretion)
        {
            notes.Add(newDiscretion ? "mag afwijken toegevoegd" : "mag afwijken vervallen");
        }
        else if (oldReason != newReason)
        {
            notes.Add("toelichting bij mag afwijken gewijzigd");
        }
    }

    private static void CompareIncludes(ImmutableArray<RequirementSetSymbol> a, ImmutableArray<RequirementSetSymbol> b, List<string> notes) =>
        CompareNames("omvat", a.Select(s => s.Name), b.Select(s => s.Name), notes);

    private static void CompareNames(string what, IEnumerable<string> older, IEnumerable<string> newer, List<string> notes)
    {
        var before = older.ToList();
        var after = newer.ToList();
        notes.AddRange(after.Except(before).Select(name => $"{what} {name} toegevoegd"));
        notes.AddRange(before.Except(after).Select(name => $"{what} {name} vervallen"));
    }

    private static void CompareExceptions(ImmutableArray<RequirementException> older, ImmutableArray<RequirementException> newer, List<ValueChange> values, List<string> notes)
    {
        if (older.Length != newer.Length)
        {
            notes.Add(older.Length < newer.Length ? "uitzondering toegevoegd" : "uitzondering vervallen");
            return;
        }

        foreach (var (a, b) in older.Zip(newer))
        {
            var found = new List<ValueChange>();
            if (a.Description != b.Description || !LogicComparer.SameShape(a.Condition, b.Condition, found))
            {
                notes.Add("uitzondering gewijzigd");
                return;
            }

            values.AddRange(found);
        }
    }

    private static PolicyChange Added(AmendedElementKind element, string path, string? context, ChangeSide side, ImmutableArray<string> notes) =>
        new(ChangeKind.Added, element, path, context, null, side, [], notes);

    private static PolicyChange Removed(AmendedElementKind element, string path, string? context, ChangeSide side, ImmutableArray<string> notes) =>
        new(ChangeKind.Removed, element, path, context, side, null, [], notes);

    /// <summary>
    /// Pairs elements by key: those of the newer version in its order (with their older counterpart or null),
    /// then those only in the older version in its order.
    /// </summary>
    private static IEnumerable<(T? Old, T? New)> Match<T>(IEnumerable<T> older, IEnumerable<T> newer, Func<T, string> key) where T : class
    {
        var olderByKey = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in older)
        {
            olderByKey.TryAdd(key(item), item);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in newer)
        {
            if (seen.Add(key(item)))
            {
                yield return (olderByKey.GetValueOrDefault(key(item)), item);
            }
        }

        foreach (var item in older.Where(item => !seen.Contains(key(item))))
        {
            seen.Add(key(item));
            yield return (item, null);
        }
    }

    [GeneratedRegex(@"\b(19|20|21)\d\d\b")]
    private static partial Regex Year();
}
