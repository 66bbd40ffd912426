using System.Collections.Immutable;

namespace Zorginkoop.Dsl.Publishing.Document;

/// <summary>
/// One "Wijzigingen en aanvullingen op het inkoopbeleid" page: its date, title, "Waarom deze aanvulling?"
/// (<see cref="Reason"/>), "Wat betekent dit voor u als zorgaanbieder?" (<see cref="Consequence"/>) and the parts
/// of the policy it changes.
/// </summary>
public sealed record AmendmentSection(
    string Anchor,
    DateOnly? Date,
    string Title,
    string? Reason,
    string? Consequence,
    ImmutableArray<AmendmentChange> Changes);

/// <summary>"voegt toe aan X: a, b", "vervangt X door Y", "laat X vervallen": the verb, what it is about and what it puts there.</summary>
public sealed record AmendmentChange(string Verb, DocumentLink Target, ImmutableArray<DocumentLink> Items)
{
    /// <summary>What stands between the target and the items: " door " for a replacement, ": " otherwise.</summary>
    public string Joiner => Verb == "vervangt" ? " door " : ": ";
}
