using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Amendments;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Syntax.Scenarios;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;

namespace Zorginkoop.Dsl.Formatting.Layout;

internal sealed partial class LayoutPlanner
{
    /// <summary>Lays out a declaration whose first token is already placed; <paramref name="extra"/> is that line's indentation.</summary>
    private void Declaration(DeclarationSyntax declaration, int extra)
    {
        var first = First(declaration);
        var last = Last(declaration);
        var open = Find(first, last, "{");
        switch (declaration)
        {
            case PolicyHeaderSyntax header:
                JoinRange(first, open);
                Block(open, header.Properties, Property);
                break;
            case ImportSyntax:
                JoinRange(first, last);
                break;
            case ChoiceDeclarationSyntax choice:
                JoinRange(first, open);
                Block(open, choice.Members, _ => { }, allowOneLine: true);
                break;
            case RecordDeclarationSyntax record:
                JoinRange(first, open);
                Fields(open, record.Fields);
                break;
            case RecordExtensionSyntax extension:
                JoinRange(first, open);
                Fields(open, extension.Fields);
                break;
            case DefinitionDeclarationSyntax definition:
                JoinRange(first, First(definition.Value));
                break;
            case RequirementSetDeclarationSyntax set:
                Container(first, open, set.AppliesTo, set.Discretion, extra);
                Block(open, set.Members, ContainerMember);
                break;
            case AddendumDeclarationSyntax addendum:
                Container(first, open, addendum.AppliesTo, null, extra);
                Block(open, addendum.Members, ContainerMember);
                break;
            case TimelineDeclarationSyntax timeline:
                JoinRange(first, open);
                TimelineMembers(open, timeline.Members);
                break;
            case AmendmentDeclarationSyntax amendment:
                JoinRange(first, open);
                Block(open, amendment.Properties.Cast<SyntaxNode>().Concat(amendment.Operations).OrderBy(m => m.Span.Start), AmendmentMember);
                break;
            case ScenarioDeclarationSyntax scenario:
                JoinRange(first, open);
                Block(open, scenario.Members, ScenarioMember);
                break;
            case ExampleDeclarationSyntax example:
                JoinRange(first, First(example.Facts));
                RecordValue(example.Facts);
                break;
            default:
                Verbatim(declaration);
                break;
        }
    }

    /// <summary><c>naam: waarde [t/m waarde]</c> on one line; the value may continue on lines the author broke.</summary>
    private void Property(PropertySyntax property) => JoinRange(First(property), First(property.Value));

    /// <summary>The fields of a gegevens block, their descriptions in one column.</summary>
    private void Fields(int open, IEnumerable<FieldDeclarationSyntax> fields)
    {
        var descriptions = Group(round: 0);
        Block(open, fields, field =>
        {
            JoinRange(First(field), Last(field));
            if (field.Description is not null)
            {
                Join(First(field.Description), 2);
                descriptions.Add(First(field.Description), First(field));
            }
        }, allowOneLine: true);
    }

    /// <summary>
    /// The head of an eisen or addendum block. With <c>geldt voor</c> or <c>mag afwijken</c> each goes on its own line
    /// and the brace on the next, as the policies write it; without, the brace ends the head line.
    /// </summary>
    private void Container(int first, int open, ExpressionSyntax? appliesTo, DiscretionSyntax? discretion, int extra)
    {
        var clauses = new List<int>();
        if (appliesTo is not null && Find(first, First(appliesTo), "geldt") is var geldt and >= 0)
        {
            Line(geldt, extra + 1);
            JoinRange(geldt, First(appliesTo));
            clauses.Add(geldt);
        }

        if (discretion is not null)
        {
            Line(First(discretion), extra + 1);
            JoinRange(First(discretion), discretion.Condition is null ? Last(discretion) : First(discretion.Condition));
            clauses.Add(First(discretion));
        }

        JoinRange(first, clauses.Count > 0 ? clauses.Min() - 1 : open);
        if (clauses.Count > 0)
        {
            Line(open, extra);
        }
    }

    private void ContainerMember(SyntaxNode member)
    {
        switch (member)
        {
            case RequirementSyntax requirement:
                Requirement(requirement, 0);
                break;
            case PropertySyntax property:
                Property(property);
                break;
            case IncludeSyntax or PrerequisiteSyntax or OnRequestSyntax:
                JoinRange(First(member), Last(member));
                break;
            default:
                Verbatim(member);
                break;
        }
    }

    /// <summary>
    /// <c>eis naam "zin"</c> on one line, the condition (after <c>mag afwijken</c>, if any) on the next, each
    /// <c>uitzondering</c> on its own line; a group's children in its block.
    /// </summary>
    private void Requirement(RequirementSyntax requirement, int extra)
    {
        var first = First(requirement);
        var headEnd = First((SyntaxNode?)requirement.Sentence ?? requirement.Name);
        JoinRange(first, headEnd);
        if (requirement.Condition is null)
        {
            var open = Find(headEnd, Last(requirement), "{");
            JoinRange(headEnd, open);
            Block(open, requirement.Children, child => Requirement(child, 0));
        }
        else if (requirement.Discretion is not null)
        {
            // A reason is a sentence of its own; a bare "mag afwijken" reads as part of the condition.
            Line(First(requirement.Discretion), extra + 1);
            JoinRange(First(requirement.Discretion), Last(requirement.Discretion));
            if (requirement.Discretion.Reason is null)
            {
                Join(First(requirement.Condition));
            }
            else
            {
                Line(First(requirement.Condition), extra + 1);
            }
        }
        else
        {
            Line(First(requirement.Condition), extra + 1);
        }

        foreach (var exception in requirement.Exceptions)
        {
            var start = First(exception);
            Line(start, extra + 1);
            var als = Find(start, First(exception.Condition), "als");
            JoinRange(start, als - 1);
            if (als >= 0 && SourceBreakBefore(als))
            {
                Line(als, extra + 2);
            }
            else
            {
                Join(als);
            }

            Join(First(exception.Condition));
        }

        // "mag afwijken "…" als voorwaarde" after the condition: a line of its own, as an exception.
        if (requirement.TrailingDiscretion is { Condition: { } condition } trailing)
        {
            var start = First(trailing);
            Line(start, extra + 1);
            var als = Find(start, First(condition), "als");
            JoinRange(start, als - 1);
            Join(als);
            Join(First(condition));
        }
    }

    private void AmendmentMember(SyntaxNode member)
    {
        switch (member)
        {
            case PropertySyntax property:
                Property(property);
                break;
            case AddOperationSyntax add:
                var open = Find(First(add), Last(add), "{");
                JoinRange(First(add), open);
                var entries = EntryGroups();
                Block(open, add.Items, item => AmendmentItem(item, 0, entries));
                break;
            case ReplaceOperationSyntax replace:
                var replacement = First(replace.Replacement);
                JoinRange(First(replace), replacement - 1);
                Line(replacement, 1);
                AmendmentItem(replace.Replacement, 1, EntryGroups());
                break;
            case RemoveOperationSyntax:
                JoinRange(First(member), Last(member));
                break;
            default:
                Verbatim(member);
                break;
        }
    }

    /// <summary>Something an amendment adds or puts in place: a declaration, requirement, include or timeline row.</summary>
    private void AmendmentItem(SyntaxNode item, int extra, EntryColumns entries)
    {
        switch (item)
        {
            case DeclarationSyntax declaration:
                Declaration(declaration, extra);
                break;
            case RequirementSyntax requirement:
                Requirement(requirement, extra);
                break;
            case TimelineEntrySyntax entry:
                Entry(entry, entries);
                break;
            case TimelinePhaseSyntax phase:
                Phase(phase);
                break;
            case IncludeSyntax:
                JoinRange(First(item), Last(item));
                break;
            default:
                Verbatim(item);
                break;
        }
    }
}
