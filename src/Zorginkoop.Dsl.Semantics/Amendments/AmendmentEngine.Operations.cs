using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Binding;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Amendments;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;

namespace Zorginkoop.Dsl.Semantics.Amendments;

internal sealed partial class AmendmentEngine
{
    private static readonly AmendedElement PolicyElement = new(AmendedElementKind.Policy, string.Empty, null);

    private void Apply(PendingAmendment amendment, AmendmentOperationSyntax operation, List<Touch> touches, List<Removal> removals)
    {
        var at = At(amendment.File, operation);
        AmendmentOperation Resolved(AmendmentOperationKind kind, Target? target, IEnumerable<AmendedElement> items) =>
            new(kind, target?.ToElement() ?? Unresolved(operation), [.. items], at);

        var result = operation switch
        {
            AddOperationSyntax { Target: null } add => new AmendmentOperation(AmendmentOperationKind.Add, PolicyElement, [.. AddDeclarations(amendment, add)], at),
            AddOperationSyntax add => Resolve(amendment, add.Target) is { } target
                ? Resolved(AmendmentOperationKind.Add, target, NoteChange(amendment, target, true, at, touches) && SameFile(amendment, target, add.Target) ? AddTo(amendment, target, add) : [])
                : Resolved(AmendmentOperationKind.Add, null, []),
            ReplaceOperationSyntax replace => Resolve(amendment, replace.Target) is { } target
                ? Resolved(AmendmentOperationKind.Replace, target, NoteChange(amendment, target, false, at, touches) && SameFile(amendment, target, replace.Target) ? Replace(amendment, target, replace) : [])
                : Resolved(AmendmentOperationKind.Replace, null, []),
            RemoveOperationSyntax remove => Resolve(amendment, remove.Target) is { } target
                ? Resolved(AmendmentOperationKind.Remove, target, Remove(amendment, target, at, touches, removals))
                : Resolved(AmendmentOperationKind.Remove, null, []),
            _ => null,
        };
        if (result is not null)
        {
            operations[amendment].Add(result);
        }
    }

    private static AmendedElement Unresolved(AmendmentOperationSyntax operation) => operation switch
    {
        AddOperationSyntax { Target: null } => PolicyElement,
        AddOperationSyntax add => new(AmendedElementKind.Other, add.Target!.ToString(), null),
        ReplaceOperationSyntax replace => new(AmendedElementKind.Other, replace.Target.ToString(), null),
        RemoveOperationSyntax remove => new(AmendedElementKind.Other, remove.Target.ToString(), null),
        _ => new(AmendedElementKind.Other, string.Empty, null),
    };

    private static AmendmentOperation Unresolved(PendingAmendment amendment, AmendmentOperationSyntax operation) =>
        new(operation switch
        {
            AddOperationSyntax => AmendmentOperationKind.Add,
            ReplaceOperationSyntax => AmendmentOperationKind.Replace,
            _ => AmendmentOperationKind.Remove,
        }, Unresolved(operation), [], At(amendment.File, operation));

    /// <summary>
    /// Records that an amendment changes an element on its date and reports a conflict with another amendment of
    /// the same date that changes the same element, or one containing or contained by it. Adding to an element
    /// collides only with replacing or removing that element itself or what contains it. Returns true to go on.
    /// </summary>
    private bool NoteChange(PendingAmendment amendment, Target target, bool isAdd, Zorginkoop.Dsl.Syntax.Text.SourceLocation at, List<Touch> touches)
    {
        var path = target.Path;
        foreach (var other in touches.Where(t => t.Amendment != amendment))
        {
            var same = other.Path == path;
            var otherInside = other.Path.StartsWith(path + ".", StringComparison.Ordinal);
            var inside = path.StartsWith(other.Path + ".", StringComparison.Ordinal);
            if (!(same || otherInside || inside) || (isAdd && other.IsAdd) || (isAdd && otherInside) || (other.IsAdd && inside))
            {
                continue;
            }

            diagnostics.Add(DiagnosticCatalog.AmendmentConflict(at, other.Path.Length > path.Length ? other.Path : path,
                Runtime.Values.DutchFormat.Date(amendment.Date!.Value), other.Amendment.Syntax.Title.Value, other.At));
            break;
        }

        touches.Add(new Touch(amendment, path, isAdd, at));
        return true;
    }

    /// <summary>Added and replacing nodes keep the spans of the amendment's file, so they may only go into that file.</summary>
    private bool SameFile(PendingAmendment amendment, Target target, QualifiedNameSyntax name)
    {
        if (ReferenceEquals(target.File, amendment.File))
        {
            return true;
        }

        diagnostics.Add(DiagnosticCatalog.AmendmentOtherFile(At(amendment.File, name), target.Path, target.File.Text.Path));
        return false;
    }

    private IEnumerable<AmendedElement> AddDeclarations(PendingAmendment amendment, AddOperationSyntax add)
    {
        var added = new List<AmendedElement>();
        foreach (var item in add.Items)
        {
            if (item is DeclarationSyntax declaration and not (ImportSyntax or PolicyHeaderSyntax or AmendmentDeclarationSyntax or ErrorDeclarationSyntax))
            {
                state[amendment.File].Add(declaration);
                added.Add(Element(amendment, declaration, string.Empty));
            }
            else if (item is not ErrorDeclarationSyntax and not ErrorExpressionSyntax)
            {
                diagnostics.Add(DiagnosticCatalog.AmendmentItemNotAllowed(At(amendment.File, item), ItemName(item), "het beleid zelf",
                    "een declaratie zoals eisen, addendum, definitie, tijdlijn of aanvulling; een eis of tijdlijnregel voegt u toe met 'voegt toe aan <naam>'"));
            }
        }

        return added;
    }

    private IEnumerable<AmendedElement> AddTo(PendingAmendment amendment, Target target, AddOperationSyntax add)
    {
        var destination = target.Describe();
        var added = new List<AmendedElement>();
        List<SyntaxNode> Accept(Func<SyntaxNode, bool> fits, string allowed)
        {
            var accepted = new List<SyntaxNode>();
            foreach (var item in add.Items)
            {
                if (fits(item))
                {
                    accepted.Add(item);
                    added.Add(Element(amendment, item, target.Path));
                }
                else if (item is not ErrorDeclarationSyntax and not ErrorExpressionSyntax)
                {
                    diagnostics.Add(DiagnosticCatalog.AmendmentItemNotAllowed(At(amendment.File, item), ItemName(item), destination, allowed));
                }
            }

            return accepted;
        }

        static bool IsRequirementMember(SyntaxNode item) => item is RequirementSyntax or IncludeSyntax;

        switch (target)
        {
            case DeclarationTarget { Declaration: RequirementSetDeclarationSyntax set }:
                ReplaceDeclaration(target.File, set, set with { Members = set.Members.AddRange(Accept(IsRequirementMember, "een eis of 'omvat'")) });
                break;
            case DeclarationTarget { Declaration: AddendumDeclarationSyntax addendum }:
                ReplaceDeclaration(target.File, addendum, addendum with { Members = addendum.Members.AddRange(Accept(IsRequirementMember, "een eis of 'omvat'")) });
                break;
            case RequirementTarget { Requirement.IsGroup: true } group:
                var children = Accept(item => item is RequirementSyntax, "een eis").Cast<RequirementSyntax>().ToList();
                UpdateRequirement(group, r => r with { Children = r.Children.AddRange(children) });
                break;
            case DeclarationTarget { Declaration: TimelineDeclarationSyntax timeline }:
                var members = timeline.Members;
                foreach (var member in Accept(item => item is TimelineMemberSyntax, "een tijdlijnregel of een fase").Cast<TimelineMemberSyntax>())
                {
                    members = member is TimelinePhaseSyntax phase ? MergePhase(members, phase) : InsertByDate(amendment.File, members, (TimelineEntrySyntax)member);
                }

                ReplaceDeclaration(target.File, timeline, timeline with { Members = members });
                break;
            default:
                var advice = target.Kind switch
                {
                    AmendedElementKind.Record => "niets; nieuwe velden voegt u toe met 'voegt toe { aanvulling " + target.Path + " { … } }'",
                    AmendedElementKind.Requirement => "niets, want deze eis heeft een voorwaarde en is geen groep; vervang de eis met 'vervangt'",
                    _ => "niets; vervang het geheel met 'vervangt'",
                };
                Accept(_ => false, advice);
                break;
        }

        return added;
    }

    private IEnumerable<AmendedElement> Replace(PendingAmendment amendment, Target target, ReplaceOperationSyntax replace)
    {
        var replacement = replace.Replacement;
        var at = At(amendment.File, replacement);
        var expectedKind = target.Kind;
        var actualKind = KindOf(replacement);
        if (replacement is ErrorDeclarationSyntax or ErrorExpressionSyntax)
        {
            return [];
        }

        // Kinds alone do not separate every declaration (a 'gebruik' and a 'voorbeeld' are both "other").
        if (actualKind != expectedKind || (target is DeclarationTarget declared && declared.Declaration.GetType() != replacement.GetType()))
        {
            var expected = target is DeclarationTarget { Declaration: var original } ? ItemName(original) : KindNames.Of(expectedKind);
            diagnostics.Add(DiagnosticCatalog.ReplacementKind(at, target.Path, expected, ItemName(replacement)));
            return [];
        }

        var oldName = target.Path.Split('.')[^1];
        var newName = replacement switch
        {
            INamedDeclarationSyntax named => named.Name.Text,
            RequirementSyntax requirement => requirement.Name.Text,
            TimelineEntrySyntax entry => entry.Id?.Text ?? oldName,
            _ => oldName,
        };
        if (newName != oldName)
        {
            diagnostics.Add(DiagnosticCatalog.ReplacementName(at, target.Path, oldName, newName));
            return [];
        }

        switch (target)
        {
            case DeclarationTarget declaration:
                ReplaceDeclaration(target.File, declaration.Declaration, (DeclarationSyntax)replacement);
                break;
            case RequirementTarget requirement:
                UpdateRequirement(requirement, _ => (RequirementSyntax)replacement);
                break;
            case EntryTarget entry:
                // An entry written without its id keeps the old one, so relative entries and diffs still find it.
                var newEntry = (TimelineEntrySyntax)replacement;
                UpdateEntry(entry, _ => newEntry.Id is null ? newEntry with { Id = entry.Entry.Id } : newEntry);
                break;
        }

        var parentPath = target.Path.Contains('.') ? target.Path[..target.Path.LastIndexOf('.')] : string.Empty;
        return [Element(amendment, replacement, parentPath) with { Path = target.Path }];
    }

    private IEnumerable<AmendedElement> Remove(PendingAmendment amendment, Target target, Zorginkoop.Dsl.Syntax.Text.SourceLocation at, List<Touch> touches, List<Removal> removals)
    {
        NoteChange(amendment, target, false, at, touches);
        switch (target)
        {
            case DeclarationTarget declaration:
                ReplaceDeclaration(target.File, declaration.Declaration, null);
                break;
            case RequirementTarget requirement:
                UpdateRequirement(requirement, _ => null);
                break;
            case EntryTarget entry:
                UpdateEntry(entry, _ => null);
                break;
        }

        removed[target.Path] = (amendment, at);
        removals.Add(new Removal(amendment, target, at));
        return [];
    }

    private void ReplaceDeclaration(SyntaxTree file, DeclarationSyntax old, DeclarationSyntax? replacement)
    {
        var declarations = state[file];
        var index = declarations.FindIndex(d => ReferenceEquals(d, old));
        if (index < 0)
        {
            return;
        }

        if (replacement is null)
        {
            declarations.RemoveAt(index);
        }
        else
        {
            declarations[index] = replacement;
        }
    }

    private void UpdateRequirement(RequirementTarget target, Func<RequirementSyntax, RequirementSyntax?> update)
    {
        var steps = target.Steps;
        DeclarationSyntax updated = target.Container switch
        {
            RequirementSetDeclarationSyntax set => set with { Members = UpdateMembers(set.Members, steps, update) },
            AddendumDeclarationSyntax addendum => addendum with { Members = UpdateMembers(addendum.Members, steps, update) },
            _ => target.Container,
        };
        ReplaceDeclaration(target.File, target.Container, updated);
    }

    private static ImmutableArray<SyntaxNode> UpdateMembers(ImmutableArray<SyntaxNode> members, ImmutableArray<string> steps, Func<RequirementSyntax, RequirementSyntax?> update)
    {
        var index = members.IndexOf(members.FirstOrDefault(m => m is RequirementSyntax r && r.Name.Text == steps[0])!);
        if (index < 0)
        {
            return members;
        }

        var updated = UpdateRequirement((RequirementSyntax)members[index], steps, update);
        return updated is null ? members.RemoveAt(index) : members.SetItem(index, updated);
    }

    private static RequirementSyntax? UpdateRequirement(RequirementSyntax requirement, ImmutableArray<string> steps, Func<RequirementSyntax, RequirementSyntax?> update)
    {
        if (steps.Length == 1)
        {
            return update(requirement);
        }

        var rest = steps.RemoveAt(0);
        var index = requirement.Children.IndexOf(requirement.Children.FirstOrDefault(c => c.Name.Text == rest[0])!);
        if (index < 0)
        {
            return requirement;
        }

        var child = UpdateRequirement(requirement.Children[index], rest, update);
        return requirement with { Children = child is null ? requirement.Children.RemoveAt(index) : requirement.Children.SetItem(index, child) };
    }

    private void UpdateEntry(EntryTarget target, Func<TimelineEntrySyntax, TimelineEntrySyntax?> update)
    {
        var members = ImmutableArray.CreateBuilder<TimelineMemberSyntax>();
        foreach (var member in target.Timeline.Members)
        {
            if (ReferenceEquals(member, target.Entry))
            {
                if (update(target.Entry) is { } replacement)
                {
                    members.Add(replacement);
                }
            }
            else if (member is TimelinePhaseSyntax phase && phase.Entries.Any(e => ReferenceEquals(e, target.Entry)))
            {
                var entries = phase.Entries.Select(e => ReferenceEquals(e, target.Entry) ? update(e) : e).OfType<TimelineEntrySyntax>();
                members.Add(phase with { Entries = [.. entries] });
            }
            else
            {
                members.Add(member);
            }
        }

        ReplaceDeclaration(target.File, target.Timeline, target.Timeline with { Members = members.ToImmutable() });
    }

    /// <summary>A phase with the title of an existing phase adds its entries to that phase, so authors can extend a phase.</summary>
    private static ImmutableArray<TimelineMemberSyntax> MergePhase(ImmutableArray<TimelineMemberSyntax> members, TimelinePhaseSyntax phase)
    {
        var existing = members.OfType<TimelinePhaseSyntax>().FirstOrDefault(p => p.Title.Value == phase.Title.Value);
        return existing is null ? members.Add(phase) : members.Replace(existing, existing with { Entries = existing.Entries.AddRange(phase.Entries) });
    }

    /// <summary>
    /// Puts a dated entry before the first top-level entry with a later date, so that the planning stays in
    /// chronological order; an entry without a fixed date goes at the end.
    /// </summary>
    private static ImmutableArray<TimelineMemberSyntax> InsertByDate(SyntaxTree file, ImmutableArray<TimelineMemberSyntax> members, TimelineEntrySyntax entry)
    {
        if (SortDate(file, entry) is not { } date)
        {
            return members.Add(entry);
        }

        for (var i = 0; i < members.Length; i++)
        {
            if (members[i] is TimelineEntrySyntax existing && SortDate(file, existing) is { } other && other > date)
            {
                return members.Insert(i, entry);
            }
        }

        return members.Add(entry);
    }

    private static DateOnly? SortDate(SyntaxTree file, TimelineEntrySyntax entry)
    {
        var moment = entry.Schedule switch
        {
            DeadlineScheduleSyntax s => s.Moment,
            FromScheduleSyntax s => s.Moment,
            OnScheduleSyntax s => s.Moment,
            WindowScheduleSyntax s => s.Start,
            PreferredScheduleSyntax s => s.Preferred,
            _ => null,
        };
        return moment is LiteralExpressionSyntax { Kind: LiteralKind.Date or LiteralKind.DateTime } literal
            ? LiteralBinder.Bind(literal, At(file, literal), new DiagnosticBag()) switch
            {
                BoundLiteral { Value: DateOnly day } => day,
                BoundLiteral { Value: DateTime moment2 } => DateOnly.FromDateTime(moment2),
                _ => null,
            }
            : null;
    }

    /// <summary>The element an added or replacing item becomes, named by its path under <paramref name="parentPath"/>.</summary>
    private static AmendedElement Element(PendingAmendment amendment, SyntaxNode item, string parentPath)
    {
        string Under(string name) => parentPath.Length == 0 ? name : parentPath + "." + name;
        var (path, nameNode) = item switch
        {
            INamedDeclarationSyntax named => (Under(named.Name.Text), (SyntaxNode)named.Name),
            RecordExtensionSyntax extension => (Under(extension.Name.Text), extension.Name),
            RequirementSyntax requirement => (Under(requirement.Name.Text), requirement.Name),
            IncludeSyntax include => (Under("omvat " + include.Target.Text), include),
            TimelineEntrySyntax entry => (Under(entry.Id?.Text ?? entry.Action.Value), entry.Id ?? (SyntaxNode)entry),
            TimelinePhaseSyntax phase => (Under($"\"{phase.Title.Value}\""), phase.Title),
            _ => (Under(ItemName(item)), item),
        };
        return new AmendedElement(KindOf(item), path, At(amendment.File, nameNode));
    }
}
