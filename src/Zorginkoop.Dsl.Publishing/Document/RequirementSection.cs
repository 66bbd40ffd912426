using System.Collections.Immutable;

namespace Zorginkoop.Dsl.Publishing.Document;

/// <summary>
/// A list of minimum requirements as the annex prints it: an <c>eisen</c> set (a contract) or an addendum, with
/// what it applies to, what it includes and requires, its start-date rule in words, and its requirements. Addenda
/// follow the contract they require, as "Aanvullende prestaties en addenda" follow it in the sources.
/// </summary>
/// <see cref="SourceFile"/> names the file a shared set comes from when it is not the policy's own (a <c>gebruik</c>).
/// <see cref="SharedParts"/> are the sets this one includes under the same title ("Minimeisen voor alle
/// zorgaanbieders" from a shared file, completed by the policy's own): the source prints them as one list, so they
/// are printed inside this section, before its own requirements, and not as sections of their own.
public sealed record RequirementSection(
    string Anchor,
    RequirementSectionKind Kind,
    string Title,
    string? SourceFile,
    string? AppliesTo,
    string? ContractPeriod,
    ImmutableArray<DocumentLink> RequiredContracts,
    ImmutableArray<DocumentLink> Includes,
    string? StartDateRule,
    string? StartDateCode,
    string? Discretion,
    RequirementList Requirements,
    ImmutableArray<RequirementSection> Addenda,
    ImmutableArray<RequirementSection> SharedParts = default)
{
    public ImmutableArray<RequirementSection> SharedParts { get; init; } = SharedParts.IsDefault ? [] : SharedParts;

    /// <summary>The line of each of <see cref="RequiredContracts"/> (<c>vereist overeenkomst A of B</c>: one number); default when each line has one.</summary>
    public ImmutableArray<int> ContractAlternatives { get; init; }

    /// <summary>An addendum's <c>looptijd</c>, <c>aanbod</c> and <c>onderhandelbaar</c> as label and words ("Looptijd", "2 jaar").</summary>
    public ImmutableArray<KeyValuePair<string, string>> Terms { get; init; } = [];

    /// <summary>The required contracts per line: all lines are required, the contracts of one line are alternatives.</summary>
    public IEnumerable<IReadOnlyList<DocumentLink>> RequiredContractLines =>
        ContractAlternatives.IsDefault || ContractAlternatives.Length != RequiredContracts.Length
            ? RequiredContracts.Select(c => (IReadOnlyList<DocumentLink>)[c])
            : RequiredContracts.Select((c, i) => (Contract: c, Line: ContractAlternatives[i])).GroupBy(p => p.Line).Select(g => (IReadOnlyList<DocumentLink>)[.. g.Select(p => p.Contract)]);

    public IEnumerable<string> Anchors =>
        SharedParts.SelectMany(p => p.Anchors).Concat(Requirements.Anchors).Prepend(Anchor).Concat(Addenda.SelectMany(a => a.Anchors));
}

public enum RequirementSectionKind
{
    Contract,
    Addendum,
}

/// <summary>
/// A bulleted or numbered list (<see cref="Numbered"/>): numbered when the author carried the source's numbering
/// over in comments (<c>// 1.</c> above an <c>eis</c>).
/// </summary>
public sealed record RequirementList(bool Numbered, ImmutableArray<RequirementListItem> Items)
{
    public static readonly RequirementList Empty = new(false, []);

    public bool IsEmpty => Items.IsEmpty;

    public IEnumerable<string> Anchors => Items.SelectMany(i => i.Requirements).SelectMany(r => r.Anchors);

    public IEnumerable<RequirementEntry> AllRequirements => Items.SelectMany(i => i.Requirements).SelectMany(r => r.Self);
}

/// <summary>
/// One item of the list: one requirement, or several that the source prints as one item ("4." split into three
/// requirements by the author); <see cref="Number"/> is the source's number in a numbered list.
/// </summary>
public sealed record RequirementListItem(int? Number, ImmutableArray<RequirementEntry> Requirements);

/// <summary>
/// One requirement: its own sentence, what it is checked against (the facts and definitions its rule reads, with
/// their descriptions), its exceptions, and below it either <see cref="Parts"/> — children whose sentences are
/// pieces of this one's, so the source prints no list for them — or a nested <see cref="Children"/> list.
/// <see cref="Rule"/> is the rule text, shown beside the sentence in the "beleid en code" view.
/// </summary>
public sealed record RequirementEntry(
    string Anchor,
    string Path,
    string? Sentence,
    string? Rule,
    ImmutableArray<CheckedFact> CheckedAgainst,
    ImmutableArray<RequirementExceptionEntry> Exceptions,
    string? Discretion,
    ImmutableArray<RequirementEntry> Parts,
    RequirementList Children)
{
    public IEnumerable<string> Anchors => Self.Select(r => r.Anchor);

    /// <summary>This requirement and every requirement below it, in document order.</summary>
    public IEnumerable<RequirementEntry> Self =>
        Parts.SelectMany(p => p.Self).Concat(Children.AllRequirements).Prepend(this);
}

/// <summary>A fact or definition a rule reads: "aanbieder.fteHuisarts" with the field's description.</summary>
public sealed record CheckedFact(string Name, string? Description);

/// <summary><c>uitzondering "omschrijving" als …</c></summary>
public sealed record RequirementExceptionEntry(string? Description, string? Rule);
