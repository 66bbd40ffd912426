using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Hosting.Output;

/// <summary>The documented JSON form of an addendum evaluation (see docs/cli.md).</summary>
public static class AddendumJsonWriter
{
    public static void Write(TextWriter output, string policyPath, AddendumResult result) =>
        output.WriteLine(Document(policyPath, result).ToJsonString(JsonOutput.Indented));

    public static JsonObject Document(string policyPath, AddendumResult result)
    {
        // One document: a set that a contract and the addendum's own part both include is written once (see EvaluationJsonWriter).
        var document = new SetsWritten();
        return new JsonObject
        {
            ["policy"] = policyPath,
            ["name"] = result.Name,
            ["title"] = result.Title,
            ["kind"] = result.IsContract ? "contract" : "addendum",
            ["requestDate"] = Date(result.RequestDate),
            ["startDate"] = result.StartDate is { } start ? Date(start) : null,
            ["startDateRule"] = result.StartDateRule,
            ["factsGiven"] = result.FactsGiven,
            ["eligibility"] = OutcomeCodes.Code(result.Eligibility),
            ["eligibilityText"] = EligibilityText(result),
            ["notApplicableParts"] = new JsonArray([.. result.NotApplicableParts.Select(r => (JsonNode)JsonValue.Create(r)!)]),
            ["missingFacts"] = new JsonArray([.. result.MissingFacts.Select(f => (JsonNode)JsonValue.Create(f)!)]),
            ["requiredContracts"] = EvaluationJsonWriter.Sets(result.RequiredContracts, "/requiredContracts", document),
            ["contractAlternatives"] = result.ContractAlternatives is { } lines ? new JsonArray([.. lines.Select(l => (JsonNode)JsonValue.Create(l))]) : null,
            ["terms"] = new JsonObject
            {
                ["term"] = result.Terms.Term,
                ["offer"] = result.Terms.Automatic switch { true => "automatic", false => "onRequest", null => null },
                ["negotiable"] = result.Terms.Negotiable,
            },
            ["ownRequirements"] = result.OwnRequirements is { } own ? EvaluationJsonWriter.Set(own, "/ownRequirements", document) : null,
        }.Versioned(SchemaVersions.Addendum);
    }

    public static string EligibilityText(AddendumResult result) => result.Eligibility switch
    {
        _ when !result.FactsGiven => "onbekend (geen gegevens opgegeven; gebruik --facts)",
        Outcome.Satisfied => "ja, komt in aanmerking",
        Outcome.NotSatisfied => "nee, komt niet in aanmerking",
        Outcome.NotApplicable => "niet van toepassing op deze zorgaanbieder",
        _ => "onbekend (er ontbreken gegevens)",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
