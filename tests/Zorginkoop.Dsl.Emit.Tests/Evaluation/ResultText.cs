using System.Text;
using Zorginkoop.Dsl.Runtime.Results;

namespace Zorginkoop.Dsl.Emit.Tests.Evaluation;

/// <summary>Prints a set result completely, so two evaluators can be compared as text and a difference reads plainly.</summary>
internal static class ResultText
{
    public static string Print(RequirementSetResult result)
    {
        var text = new StringBuilder();
        Set(result, text, string.Empty);
        return text.ToString();
    }

    private static void Set(RequirementSetResult set, StringBuilder text, string indent)
    {
        text.AppendLine($"{indent}eisen {set.Name} [{set.Title}] @{set.Location}: {set.Outcome}/{set.Resolution}");
        text.AppendLine($"{indent}  toepasselijk: {string.Join(" | ", set.ApplicabilityEvidence)}");
        text.AppendLine($"{indent}  ontbreekt: {string.Join(", ", set.MissingFacts)}");
        foreach (var included in set.Included)
        {
            Set(included, text, indent + "  ");
        }

        foreach (var requirement in set.Requirements)
        {
            Requirement(requirement, text, indent + "  ");
        }
    }

    private static void Requirement(RequirementResult requirement, StringBuilder text, string indent)
    {
        text.AppendLine($"{indent}eis {requirement.Path} [{requirement.Sentence}] @{requirement.Location}: {requirement.Outcome}/{requirement.Resolution} uitzondering={requirement.ExceptionDescription ?? "-"}");
        text.AppendLine($"{indent}  bewijs: {string.Join(" | ", requirement.Evidence)}");
        text.AppendLine($"{indent}  ontbreekt: {string.Join(", ", requirement.MissingFacts)}");
        foreach (var child in requirement.Children)
        {
            Requirement(child, text, indent + "  ");
        }
    }
}
