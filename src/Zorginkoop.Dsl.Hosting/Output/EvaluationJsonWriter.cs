using System.Text.Json;
using System.Text.Json.Nodes;
using Zorginkoop.Dsl.Runtime.Results;

namespace Zorginkoop.Dsl.Hosting.Output;

/// <summary>
/// The documented JSON form of evaluation results (see docs/cli.md, "zorginkoop evaluate — JSON"). A requirement
/// set's result depends only on the set, the facts and the evaluation inputs, and those are one per document, so
/// a set is written in full the first time it appears (depth first, in document order) and every later time as
/// its verdict with <c>"sameAs"</c>, the JSON Pointer (RFC 6901) of that first, full object. Nothing is lost, and a
/// diamond of <c>omvat</c> (2^depth paths) is written in size linear in the policy instead of in the paths.
/// </summary>
public static class EvaluationJsonWriter
{
    public static void Write(TextWriter output, string policyPath, DateOnly? evaluationDate, IEnumerable<RequirementSetResult> results) =>
        output.WriteLine(Document(policyPath, evaluationDate, results).ToJsonString(JsonOutput.Indented));

    /// <summary>The whole document; the server writes it indented for one provider and on one line per record of a batch.</summary>
    public static JsonObject Document(string policyPath, DateOnly? evaluationDate, IEnumerable<RequirementSetResult> results)
    {
        var document = new SetsWritten();
        return new JsonObject
        {
            ["policy"] = policyPath,
            ["evaluationDate"] = evaluationDate?.ToString("yyyy-MM-dd"),
            ["requirementSets"] = Sets(results, "/requirementSets", document),
        }.Versioned(SchemaVersions.Evaluation);
    }

    /// <summary>An array of set results at <paramref name="pointer"/> of the document.</summary>
    public static JsonArray Sets(IEnumerable<RequirementSetResult> sets, string pointer, SetsWritten document) =>
        new([.. sets.Select((s, i) => (JsonNode)Set(s, $"{pointer}/{i}", document))]);

    /// <summary>
    /// One set's result at <paramref name="pointer"/> (a JSON Pointer into the document): in full the first time
    /// the document has it, else its verdict and <c>sameAs</c>, the pointer of the full one above.
    /// </summary>
    public static JsonObject Set(RequirementSetResult set, string pointer, SetsWritten document)
    {
        if (document.FirstAt(set.Name) is { } first)
        {
            return new JsonObject
            {
                ["name"] = set.Name,
                ["outcome"] = OutcomeCodes.Code(set.Outcome),
                ["resolution"] = OutcomeCodes.Code(set.Resolution),
                ["outcomeText"] = OutcomeCodes.Dutch(set.Outcome, set.Resolution),
                ["sameAs"] = first,
            };
        }

        document.Add(set.Name, pointer);
        return Full(set, pointer, document);
    }

    private static JsonObject Full(RequirementSetResult set, string pointer, SetsWritten document) => new()
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
        ["included"] = Sets(set.Included, pointer + "/included", document),
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

/// <summary>The sets one JSON document has written in full, by name, with the JSON Pointer of each.</summary>
public sealed class SetsWritten
{
    private readonly Dictionary<string, string> pointers = new(StringComparer.Ordinal);

    public string? FirstAt(string name) => pointers.GetValueOrDefault(name);

    public void Add(string name, string pointer) => pointers.Add(name, pointer);
}
