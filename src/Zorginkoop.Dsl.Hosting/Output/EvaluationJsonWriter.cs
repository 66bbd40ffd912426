using System.Text.Json;
using System.Text.Json.Nodes;
using Zorginkoop.Dsl.Runtime.Results;

namespace Zorginkoop.Dsl.Hosting.Output;

/// <summary>The documented JSON form of evaluation results (see docs/cli.md).</summary>
public static class EvaluationJsonWriter
{
    public static void Write(TextWriter output, string policyPath, DateOnly? evaluationDate, IEnumerable<RequirementSetResult> results)
    {
        var root = new JsonObject
        {
            ["policy"] = policyPath,
            ["evaluationDate"] = evaluationDate?.ToString("yyyy-MM-dd"),
            ["requirementSets"] = new JsonArray([.. results.Select(r => (JsonNode)Set(r))]),
        };
        output.WriteLine(root.ToJsonString(JsonOutput.Indented));
    }

    public static JsonObject Set(RequirementSetResult set) => new()
    {
        ["name"] = set.Name,
        ["title"] = set.Title,
        ["outcome"] = OutcomeCodes.Code(set.Outcome),
        ["resolution"] = OutcomeCodes.Code(set.Resolution),
        ["outcomeText"] = OutcomeCodes.Dutch(set.Outcome, set.Resolution),
        ["location"] = Location(set.Location),
        ["applicabilityEvidence"] = Strings(set.ApplicabilityEvidence),
        ["missingFacts"] = Strings(set.MissingFacts),
        ["notApplicableParts"] = Strings(set.NotApplicableParts),
        ["discretionReason"] = set.DiscretionReason,
        ["discretionEvidence"] = Strings(set.DiscretionEvidence),
        ["included"] = new JsonArray([.. set.Included.Select(i => (JsonNode)Set(i))]),
        ["requirements"] = new JsonArray([.. set.Requirements.Select(r => (JsonNode)Requirement(r))]),
    };

    private static JsonObject Requirement(RequirementResult requirement) => new()
    {
        ["path"] = requirement.Path,
        ["sentence"] = requirement.Sentence,
        ["outcome"] = OutcomeCodes.Code(requirement.Outcome),
        ["resolution"] = OutcomeCodes.Code(requirement.Resolution),
        ["outcomeText"] = OutcomeCodes.Dutch(requirement.Outcome, requirement.Resolution),
        ["exception"] = requirement.ExceptionDescription,
        ["discretionReason"] = requirement.DiscretionReason,
        ["evidence"] = Strings(requirement.Evidence),
        ["missingFacts"] = Strings(requirement.MissingFacts),
        ["location"] = Location(requirement.Location),
        ["children"] = new JsonArray([.. requirement.Children.Select(c => (JsonNode)Requirement(c))]),
    };

    private static JsonObject Location(PolicyLocation location) => new()
    {
        ["file"] = location.File,
        ["line"] = location.Line,
        ["column"] = location.Column,
    };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]);
}
