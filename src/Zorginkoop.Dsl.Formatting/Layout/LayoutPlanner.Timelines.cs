using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;

namespace Zorginkoop.Dsl.Formatting.Layout;

internal sealed partial class LayoutPlanner
{
    /// <summary>The aligned columns of the rows of one block: what follows the id, the parties, and the action.</summary>
    private sealed record EntryColumns(AlignmentGroup AfterId, AlignmentGroup Parties, AlignmentGroup Action);

    private EntryColumns EntryGroups() => new(Group(round: 0), Group(round: 1), Group(round: 2));

    private void TimelineMembers(int open, ImmutableArray<TimelineMemberSyntax> members)
    {
        var columns = EntryGroups();
        Block(open, members, member =>
        {
            switch (member)
            {
                case TimelineEntrySyntax entry:
                    Entry(entry, columns);
                    break;
                case TimelinePhaseSyntax phase:
                    Phase(phase);
                    break;
                default:
                    Verbatim(member);
                    break;
            }
        });
    }

    private void Phase(TimelinePhaseSyntax phase)
    {
        var open = Find(First(phase), Last(phase), "{");
        JoinRange(First(phase), open);
        var columns = EntryGroups();
        Block(open, phase.Entries, entry => Entry(entry, columns));
    }

    /// <summary>
    /// A planning row reads like the insurer's table: <c>id:  wanneer  wie  "actie"  via …</c>, two spaces between
    /// the columns, which line up across the block. Where the author continued a row on the next line, it stays so.
    /// </summary>
    private void Entry(TimelineEntrySyntax entry, EntryColumns columns)
    {
        var first = First(entry);
        var last = Last(entry);
        if (entry.Id is not null && First(entry.Id) is var id and >= 0 && id + 1 < tokens.Length)
        {
            Join(id + 1);
            var afterId = id + 2;
            while (afterId < tokens.Length && tokens[afterId].IsComment)
            {
                afterId++;
            }

            if (afterId <= last)
            {
                Join(afterId, 2);
                columns.AfterId.Add(afterId, first);

                // Where the author continued the row, the rest lines up under its schedule, like a table cell.
                for (var i = afterId + 1; i <= last; i++)
                {
                    plans[i].Hang = afterId;
                }
            }
        }

        var parties = entry.Parties.IsEmpty ? -1 : First(entry.Parties[0]);
        if (entry.Schedule is not null && parties >= 0 && !SourceBreakBefore(parties))
        {
            Join(parties, 2);
            columns.Parties.Add(parties, first);
        }

        var action = First(entry.Action);
        if (action > first && !SourceBreakBefore(action))
        {
            Join(action, 2);
            if (entry.Schedule is not null)
            {
                columns.Action.Add(action, first);
            }
        }

        foreach (var clause in entry.Clauses)
        {
            var start = First(clause);
            if (start > first && !SourceBreakBefore(start))
            {
                Join(start, 2);
            }
        }
    }
}
