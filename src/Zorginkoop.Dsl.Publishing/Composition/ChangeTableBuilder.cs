using Zorginkoop.Dsl.Publishing.Document;
using Zorginkoop.Dsl.Semantics.Versions;

namespace Zorginkoop.Dsl.Publishing.Composition;

/// <summary>The change table from <c>diff</c>'s comparison: one row per change, in the order <c>diff</c> lists them.</summary>
internal static class ChangeTableBuilder
{
    public static ChangeTable Build(PolicyDiff diff, HashSet<string> anchors) => new(
        $"{ChangeWords.Label(diff.Old)} ({ChangeWords.Version(diff.Old)})",
        $"{ChangeWords.Label(diff.New)} ({ChangeWords.Version(diff.New)})",
        [.. diff.Changes.Select(change =>
        {
            var shifted = change.Kind == ChangeKind.Shifted;
            var details = ChangeWords.Details(change);
            return new ChangeRow(
                new DocumentLink(ChangeWords.Subject(change), change.Kind != ChangeKind.Removed && anchors.Contains(change.Path) ? change.Path : null),
                change.Context,
                ChangeWords.Status(change.Kind),
                details.Length == 0 ? null : details,
                shifted ? new ChangeCell("Planning " + ChangeWords.Period(diff.Old), null) : Cell(change.Old),
                shifted ? new ChangeCell("Planning " + ChangeWords.Period(diff.New), null) : Cell(change.New));
        })]);

    private static ChangeCell Cell(ChangeSide? side) => new(side?.Text, side?.Logic);
}
