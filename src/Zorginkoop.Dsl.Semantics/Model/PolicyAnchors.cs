namespace Zorginkoop.Dsl.Semantics.Model;

/// <summary>
/// The one scheme of anchors into a published policy (<c>zorginkoop publish</c>): a requirement, a requirement set,
/// an addendum, a timeline and a timeline row are found under their path as explanations and diff already name
/// them (<c>#Huisartsgeneeskundig.bezetting</c>, <c>#PlanningRho.offerte</c>); the document's own sections and the
/// amendments carry a colon, which no name of the language can hold, so they never clash with a declared name.
/// </summary>
public static class PolicyAnchors
{
    public const string Amendments = "beleid:wijzigingen";

    public const string Planning = "beleid:planning";

    public const string Requirements = "beleid:minimumeisen";

    public const string Changes = "beleid:overzicht-wijzigingen";

    public const string Contents = "beleid:inhoud";

    /// <summary>A requirement by its path from its set ("Huisartsgeneeskundig.eindverantwoordelijkheid.anw").</summary>
    public static string Requirement(string path) => path;

    /// <summary>A requirement set, addendum or timeline by its name.</summary>
    public static string Declaration(string name) => name;

    /// <summary>A row of a planning: the timeline and the row's id ("PlanningRho.offerte").</summary>
    public static string TimelineEntry(string timeline, string id) => timeline + "." + id;

    /// <summary>An amendment by its date; <paramref name="sequence"/> (1-based) tells apart two on the same date.</summary>
    public static string Amendment(DateOnly? date, int sequence) =>
        "wijziging:" + (date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "zonder-datum") + (sequence > 1 ? "-" + sequence : "");

    /// <summary>The link to an anchor in the published document of a policy file: "huisartsenzorg-2026-2027.html#Huisartsgeneeskundig.bezetting".</summary>
    public static string Link(string policyPath, string anchor) =>
        System.IO.Path.GetFileNameWithoutExtension(policyPath) + ".html#" + Uri.EscapeDataString(anchor).Replace("%3A", ":");
}
