using System.Text.Json.Nodes;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Server.Catalog;

namespace Zorginkoop.Dsl.Server.Endpoints;

/// <summary>What <c>GET /v1/policies</c> and <c>…/gegevens</c> say about a policy: its parts, versions and the facts it asks.</summary>
internal static class PolicyDescriptions
{
    public static JsonObject Describe(PolicyEntry entry)
    {
        var description = new JsonObject
        {
            ["id"] = entry.Id,
            ["policy"] = entry.DisplayPath,
            ["serving"] = entry.Served is not null,
            ["loadFailed"] = entry.Failure is not null,
        };
        if (entry.Served is not { } served)
        {
            return description;
        }

        var policy = served.Policy;
        description["title"] = policy.Header?.Title;
        description["published"] = policy.Header?.Published?.ToString("yyyy-MM-dd");
        description["engine"] = served.Session.Engine == Engine.Compiled ? "compiled" : "interpreter";
        description["contentHash"] = served.ContentHash;
        description["loadedAt"] = served.LoadedAt.ToString("O");
        description["versions"] = new JsonArray([
            new JsonObject { ["date"] = null, ["label"] = "zoals gepubliceerd" },
            .. policy.VersionDates.Select(d => (JsonNode)new JsonObject { ["date"] = d.ToString("yyyy-MM-dd"), ["label"] = $"vanaf {Runtime.Values.DutchFormat.Date(d)}" }),
        ]);
        description["requirementSets"] = new JsonArray([.. policy.RequirementSets.Select(s => (JsonNode)new JsonObject
        {
            ["name"] = s.Name,
            ["title"] = s.Title,
            ["contract"] = s.StartDate is not null,
        })]);
        description["addenda"] = new JsonArray([.. policy.Addenda.Select(a => (JsonNode)new JsonObject { ["name"] = a.Name, ["title"] = a.Title })]);
        description["timelines"] = new JsonArray([.. policy.Timelines.Select(t => (JsonNode)new JsonObject { ["name"] = t.Name, ["title"] = t.Title })]);
        description["parties"] = new JsonArray([.. TimelineListing.Parties(policy).Select(p => (JsonNode)JsonValue.Create(p))]);
        return description;
    }

    /// <summary>The gegevens the subject is read from, each record once, for a form to be made from.</summary>
    public static JsonObject Schema(RecordSchema subject)
    {
        var records = new JsonObject();
        var queue = new Queue<RecordSchema>([subject]);
        while (queue.TryDequeue(out var record))
        {
            if (records.ContainsKey(record.Name))
            {
                continue;
            }

            records[record.Name] = new JsonObject
            {
                ["fields"] = new JsonArray([.. record.Fields.Select(f => (JsonNode)new JsonObject
                {
                    ["name"] = f.Name,
                    ["optional"] = f.IsOptional,
                    ["description"] = f.Description,
                    ["type"] = Type(f.Type, queue),
                })]),
            };
        }

        return new JsonObject { ["subject"] = subject.Name, ["records"] = records };
    }

    private static JsonObject Type(TypeSchema type, Queue<RecordSchema> queue)
    {
        var json = new JsonObject { ["kind"] = KindCode(type.Kind), ["name"] = type.DisplayName };
        if (type.ChoiceMembers is { } members)
        {
            json["choices"] = new JsonArray([.. members.Select(m => (JsonNode)JsonValue.Create(m))]);
        }

        if (type.Record is { } record)
        {
            json["record"] = record.Name;
            queue.Enqueue(record);
        }

        if (type.Element is { } element)
        {
            json["element"] = Type(element, queue);
        }

        return json;
    }

    private static string KindCode(Runtime.Values.ValueKind kind) => JsonNamingPolicyCamel(kind.ToString());

    private static string JsonNamingPolicyCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static string Json(JsonNode node) => node.ToJsonString(JsonOutput.Indented);
}
