using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>
/// One JSON object per line: <c>{"record":1,"line":1,"outcomes":{"Set":"satisfied",…}}</c>, with
/// <c>"explanations"</c> under <c>--explain</c>, or <c>{"record":…,"line":…,"errors":[{"code","field","message"}]}</c>
/// for a record that could not be read. Documented in docs/cli.md ("zorginkoop evaluate — batches"), schema docs/schemas/batch-record.schema.json.
/// </summary>
internal sealed class JsonlResultWriter : IResultWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly JsonEncodedText SchemaVersionName = JsonEncodedText.Encode(SchemaVersions.Member);
    private static readonly JsonEncodedText RecordName = JsonEncodedText.Encode("record");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText OutcomesName = JsonEncodedText.Encode("outcomes");
    private static readonly JsonEncodedText[] OutcomeValues = [.. Enum.GetValues<Outcome>().Select(o => JsonEncodedText.Encode(OutcomeCodes.Code(o)))];

    private readonly JsonEncodedText[] setNames;
    private readonly Utf8JsonWriter json = new(new ArrayBufferWriter<byte>(1), Options);

    public JsonlResultWriter(IReadOnlyList<string> setNames)
    {
        this.setNames = [.. setNames.Select(n => JsonEncodedText.Encode(n, JavaScriptEncoder.UnsafeRelaxedJsonEscaping))];
    }

    public void WriteHeader(IBufferWriter<byte> output)
    {
    }

    public void WriteOutcomes(IBufferWriter<byte> output, long record, long line, ReadOnlySpan<Outcome> outcomes)
    {
        Start(output, record, line);
        json.WriteStartObject(OutcomesName);
        for (var i = 0; i < outcomes.Length; i++)
        {
            json.WriteString(setNames[i], OutcomeValues[(int)outcomes[i]]);
        }

        json.WriteEndObject();
        End(output);
    }

    public void WriteExplained(IBufferWriter<byte> output, long record, long line, IReadOnlyList<RequirementSetResult> results)
    {
        Start(output, record, line);
        json.WriteStartObject(OutcomesName);
        for (var i = 0; i < results.Count; i++)
        {
            json.WriteString(setNames[i], OutcomeValues[(int)results[i].Outcome]);
        }

        json.WriteEndObject();
        json.WriteStartObject("explanations");
        for (var i = 0; i < results.Count; i++)
        {
            var set = results[i];
            json.WriteStartObject(setNames[i]);
            json.WriteString("resolution", OutcomeCodes.Code(set.Resolution));
            Strings("applicabilityEvidence", set.ApplicabilityEvidence);
            Strings("missingFacts", set.MissingFacts);
            if (set.NotApplicableParts.Count > 0)
            {
                Strings("notApplicableParts", set.NotApplicableParts);
            }

            json.WriteStartArray("requirements");
            foreach (var requirement in set.AllRequirements())
            {
                json.WriteStartObject();
                json.WriteString("path", requirement.Path);
                json.WriteString("outcome", OutcomeValues[(int)requirement.Outcome]);
                json.WriteString("resolution", OutcomeCodes.Code(requirement.Resolution));
                if (requirement.ExceptionDescription is { } exception)
                {
                    json.WriteString("exception", exception);
                }

                Strings("evidence", requirement.Evidence);
                Strings("missingFacts", requirement.MissingFacts);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        End(output);
    }

    public void WriteErrors(IBufferWriter<byte> output, long record, long line, IReadOnlyList<FactError> errors)
    {
        json.Reset(output);
        BatchErrorRecord.Write(json, record, line, errors);
        json.Flush();
        output.Write("\n"u8);
    }

    private void Start(IBufferWriter<byte> output, long record, long line)
    {
        json.Reset(output);
        json.WriteStartObject();
        json.WriteNumber(SchemaVersionName, SchemaVersions.BatchRecord);
        json.WriteNumber(RecordName, record);
        json.WriteNumber(LineName, line);
    }

    private void End(IBufferWriter<byte> output)
    {
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    private void Strings(string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
