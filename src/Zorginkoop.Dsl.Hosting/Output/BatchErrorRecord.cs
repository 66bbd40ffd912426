using System.Text.Json;
using Zorginkoop.Dsl.Runtime.Facts;

namespace Zorginkoop.Dsl.Hosting.Output;

/// <summary>
/// The line of a JSON Lines batch for a record that could not be read (docs/batch.md):
/// <c>{"schemaVersion":N,"record":N,"line":N,"errors":[{"code","field","message"}]}</c>. One writer for
/// <c>zorginkoop evaluate --format jsonl</c> and the server's <c>application/x-ndjson</c> batches, so both say it alike.
/// </summary>
public static class BatchErrorRecord
{
    private static readonly JsonEncodedText SchemaVersionName = JsonEncodedText.Encode(SchemaVersions.Member);
    private static readonly JsonEncodedText RecordName = JsonEncodedText.Encode("record");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ErrorsName = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText FieldName = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");

    /// <summary>Writes the object (without the line break that ends it).</summary>
    public static void Write(Utf8JsonWriter json, long record, long line, IReadOnlyList<FactError> errors)
    {
        json.WriteStartObject();
        json.WriteNumber(SchemaVersionName, SchemaVersions.BatchRecord);
        json.WriteNumber(RecordName, record);
        json.WriteNumber(LineName, line);
        json.WriteStartArray(ErrorsName);
        foreach (var error in errors)
        {
            json.WriteStartObject();
            json.WriteString(CodeName, error.Code);
            json.WriteString(FieldName, error.Field);
            json.WriteString(MessageName, error.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
