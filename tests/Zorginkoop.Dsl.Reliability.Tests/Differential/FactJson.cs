using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Reliability.Tests.Differential;

/// <summary>
/// Writes facts as the JSON `zorginkoop evaluate --facts` reads, so a failing case can be replayed from the
/// command line. Unknown facts are written as null.
/// </summary>
internal static class FactJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(FactRecord facts) => Record(facts).ToJsonString(Indented);

    private static JsonObject Record(FactRecord facts)
    {
        var json = new JsonObject();
        for (var i = 0; i < facts.Schema.Fields.Count; i++)
        {
            json[facts.Schema.Fields[i].Name] = Value(facts[i]);
        }

        return json;
    }

    private static JsonNode? Value(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        long number => JsonValue.Create(number),
        decimal number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime moment => JsonValue.Create(moment.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)),
        Duration duration => JsonValue.Create(duration.ToString()),
        FactRecord record => Record(record),
        IEnumerable<object?> items => new JsonArray([.. items.Select(Value)]),
        _ => JsonValue.Create(value.ToString()),
    };
}
