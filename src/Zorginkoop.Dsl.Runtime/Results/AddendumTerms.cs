namespace Zorginkoop.Dsl.Runtime.Results;

/// <summary>
/// What a policy says about an addendum besides who qualifies: how long it runs (<c>looptijd: 2 jaar</c>, "2-jarige
/// vergoeding"), whether it is offered without asking (<c>aanbod: automatisch</c>, "standaard onderdeel van het
/// contractaanbod") or only <c>op aanvraag</c>, and whether it is negotiable (<c>onderhandelbaar: nee</c>). Each is
/// null where the policy says nothing; the outputs then leave it out rather than guess.
/// </summary>
public sealed record AddendumTerms(string? Term, bool? Automatic, bool? Negotiable)
{
    public static AddendumTerms None { get; } = new(null, null, null);

    public bool IsEmpty => Term is null && Automatic is null && Negotiable is null;

    /// <summary>"automatisch" or "op aanvraag", as the author writes it.</summary>
    public string? OfferText => Automatic switch { true => "automatisch", false => "op aanvraag", null => null };

    public string? NegotiableText => Negotiable switch { true => "ja", false => "nee", null => null };
}
