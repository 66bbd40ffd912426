using System.Collections.Immutable;

namespace Zorginkoop.Dsl.Publishing.Document;

/// <summary>
/// A policy as providers read it, laid out as the insurers lay out their published PDFs: the dated amendments first
/// (newest first), the planning tables, the change table against a previous version and the minimum requirements
/// with their addenda. It is made from the checked policy only (<see cref="Composition.DocumentBuilder"/>), so the
/// published text and the compiled evaluators come from one source. Every text in it is the author's, unescaped:
/// renderers escape it for their format.
/// </summary>
public sealed record PolicyDocument(
    string Title,
    string? Insurer,
    string? Period,
    DateOnly? Published,
    DateOnly? AsOf,
    string SourceFile,
    bool WithCode,
    ImmutableArray<AmendmentSection> Amendments,
    ImmutableArray<PlanningTable> Plannings,
    ChangeTable? Changes,
    ImmutableArray<RequirementSection> RequirementSets)
{
    /// <summary>Every anchor the document defines, in document order.</summary>
    public IEnumerable<string> Anchors =>
        Amendments.Select(a => a.Anchor)
            .Concat(Plannings.SelectMany(p => p.Rows.Select(r => r.Anchor).Prepend(p.Anchor)))
            .Concat(RequirementSets.SelectMany(s => s.Anchors));
}

/// <summary>A link to an element of the document; <see cref="Anchor"/> is null when the element is not in it (removed).</summary>
public sealed record DocumentLink(string Text, string? Anchor);
