using System.Text;
using Zorginkoop.Dsl.Runtime.Results;

namespace Zorginkoop.Dsl.Reliability.Tests.Differential;

/// <summary>
/// Prints a requirement-set result completely and recursively (outcome, resolution, evidence word for word,
/// missing facts, exception descriptions, locations), so that two evaluators are compared as text and a
/// difference reads as a diff.
/// </summary>
internal static class ResultPrinter
{
    public static string Print(RequirementSetResult result, bool withLocations = true)
    {
        var text = new StringBuilder();
        Set(result, text, string.Empty, withLocations, Seen());
        return text.ToString();
    }

    public static string Print(AddendumResult result, bool withLocations = true)
    {
        var text = new StringBuilder();
        text.AppendLine($"addendum {result.Name} [{result.Title}] contract={result.IsContract} {Where(result.Location, withLocations)}");
        text.AppendLine($"  aanvraag {result.RequestDate:yyyy-MM-dd}, feiten={result.FactsGiven}: {result.Eligibility}, ingang {result.StartDate?.ToString("yyyy-MM-dd") ?? "-"} ({result.StartDateRule})");
        text.AppendLine($"  ontbreekt: {string.Join(", ", result.MissingFacts)}");
        text.AppendLine($"  redenen: {string.Join(" | ", result.NotApplicableParts)}");
        foreach (var contract in result.RequiredContracts)
        {
            Set(contract, text, "  ", withLocations, Seen());
        }

        if (result.OwnRequirements is not null)
        {
            Set(result.OwnRequirements, text, "  ", withLocations, Seen());
        }

        return text.ToString();
    }

    /// <summary>
    /// A set included along several paths is one shared result in both engines (evaluated once); it is printed in
    /// full once and then named, so a diamond of omvat prints in linear size, and an engine that evaluated it
    /// twice prints differently.
    /// </summary>
    private static HashSet<RequirementSetResult> Seen() => new(ReferenceEqualityComparer.Instance);

    private static void Set(RequirementSetResult set, StringBuilder text, string indent, bool withLocations, HashSet<RequirementSetResult> seen)
    {
        if (!seen.Add(set))
        {
            text.AppendLine($"{indent}eisen {set.Name}: {set.Outcome}/{set.Resolution} (hierboven)");
            return;
        }

        text.AppendLine($"{indent}eisen {set.Name} [{set.Title}] {Where(set.Location, withLocations)}: {set.Outcome}/{set.Resolution}");
        text.AppendLine($"{indent}  toepasselijk: {string.Join(" | ", set.ApplicabilityEvidence)}");
        text.AppendLine($"{indent}  ontbreekt: {string.Join(", ", set.MissingFacts)}");
        text.AppendLine($"{indent}  redenen: {string.Join(" | ", set.NotApplicableParts)}");
        foreach (var included in set.Included)
        {
            Set(included, text, indent + "  ", withLocations, seen);
        }

        foreach (var requirement in set.Requirements)
        {
            Requirement(requirement, text, indent + "  ", withLocations);
        }
    }

    private static void Requirement(RequirementResult requirement, StringBuilder text, string indent, bool withLocations)
    {
        text.AppendLine($"{indent}eis {requirement.Path} [{requirement.Sentence}] {Where(requirement.Location, withLocations)}: {requirement.Outcome}/{requirement.Resolution} uitzondering={requirement.ExceptionDescription ?? "-"}");
        text.AppendLine($"{indent}  bewijs: {string.Join(" | ", requirement.Evidence)}");
        text.AppendLine($"{indent}  ontbreekt: {string.Join(", ", requirement.MissingFacts)}");
        foreach (var child in requirement.Children)
        {
            Requirement(child, text, indent + "  ", withLocations);
        }
    }

    private static string Where(PolicyLocation location, bool withLocations) => withLocations ? "@" + location : string.Empty;
}
