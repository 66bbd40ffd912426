using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Server.Catalog;
using Zorginkoop.Dsl.Server.Configuration;
using Zorginkoop.Dsl.Server.Http;
using Zorginkoop.Dsl.Server.Logging;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Server.Endpoints;

/// <summary>
/// Decisions: one provider's facts (<c>application/json</c>) or a batch (<c>application/x-ndjson</c>) evaluated
/// against a policy as of a date, and addenda. Every answer is written by the command line's own writers
/// (Hosting/Output), so the API, the page and <c>zorginkoop evaluate --format json</c> give one document.
/// </summary>
internal static class DecisionEndpoints
{
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/policies/{id}/evaluate", Evaluate)
            .WithName("evaluate")
            .WithSummary("Evalueer de eisen voor de gegevens van één zorgaanbieder (application/json) of een batch (application/x-ndjson).")
            .Accepts<JsonObject>("application/json", "application/x-ndjson")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json", "application/x-ndjson")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithServiceProblems().WithTags("Beslissingen");

        routes.MapPost("/v1/policies/{id}/addenda/{name}", Addendum)
            .WithName("addendum")
            .WithSummary("Bepaal of een zorgaanbieder in aanmerking komt voor een addendum of overeenkomst, en per wanneer het ingaat.")
            .Accepts<JsonObject>("application/json")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithServiceProblems().WithTags("Beslissingen");
    }

    internal static async Task<IResult> Evaluate(string id, string? on, [FromQuery] string[]? set, HttpContext context, PolicyCatalog catalog, DecisionLog log, ServerOptions options)
    {
        var (served, problem) = Requests.Policy(catalog, id, context);
        if (served is null)
        {
            return problem!;
        }

        if (!Requests.TryDate("on", on, context, out var given, out problem))
        {
            return problem!;
        }

        var date = given ?? Requests.Today();
        var session = served.On(date);
        if (session.MissingSubject() is { } noSubject)
        {
            return Problem.Of(StatusCodes.Status422UnprocessableEntity, noSubject, context);
        }

        var sets = set ?? [];
        if (session.UnknownRequirementSets(sets) is { Length: > 0 } unknown)
        {
            return Problem.Of(StatusCodes.Status400BadRequest, unknown, context);
        }

        if (Requests.IsNdjson(context.Request))
        {
            await Batch(served, session, sets, date, context, log, options);
            return Results.Empty;
        }

        if (!Requests.IsJson(context.Request))
        {
            return Problem.Of(StatusCodes.Status415UnsupportedMediaType, DiagnosticCatalog.UnsupportedMediaType(context.Request.ContentType, "application/json of application/x-ndjson"), context);
        }

        if (await BoundedBody.ReadAsync(context.Request, options.MaxRequestBytes, context.RequestAborted) is not { } body)
        {
            return Problem.Of(StatusCodes.Status413PayloadTooLarge, DiagnosticCatalog.RequestTooLarge(options.MaxRequestBytes), context);
        }

        var (facts, errors) = FactReader.Parse(body, session.Subject!, "verzoek");
        if (errors.Count > 0 || facts is null)
        {
            return Problem.OfFacts(errors, context);
        }

        var results = session.Evaluate(sets, facts, new EvaluationInputs(date));
        log.Write(new Decision("evaluate", served.Id, served.VersionDate(date), date, served.ContentHash, body, Outcomes(results)));
        return Requests.Json(EvaluationJsonWriter.Document(served.DisplayPath, date, results).ToJsonString(JsonOutput.Indented));
    }

    /// <summary>
    /// One output line per input line, in order, flushed as it is made: the evaluation document on one line, or for
    /// a record that cannot be read the batch error record of docs/batch.md (<c>{"record","line","errors"}</c>).
    /// Blank lines are no records. The batch has its own, longer time limit and its own size limit.
    /// </summary>
    private static async Task Batch(ServedPolicy served, EvaluationSession session, IReadOnlyList<string> sets, DateOnly date, HttpContext context, DecisionLog log, ServerOptions options)
    {
        context.Features.Get<IHttpRequestTimeoutFeature>()?.DisableTimeout();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        limit.CancelAfter(options.BatchTimeout);
        var token = limit.Token;

        if (context.Request.ContentLength is { } declared && declared > options.MaxBatchBytes)
        {
            await Problem.Write(context, StatusCodes.Status413PayloadTooLarge, DiagnosticCatalog.RequestTooLarge(options.MaxBatchBytes));
            return;
        }

        var response = context.Response;
        response.ContentType = "application/x-ndjson; charset=utf-8";
        var reader = context.Request.BodyReader;
        var inputs = new EvaluationInputs(date);
        long total = 0, record = 0, line = 0;
        var output = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(token);
                var buffer = read.Buffer;
                while (TryLine(ref buffer, out var bytes) || (read.IsCompleted && TakeRest(ref buffer, out bytes)))
                {
                    line++;
                    total += bytes.Length + 1;
                    if (total > options.MaxBatchBytes || bytes.Length > options.MaxRequestBytes)
                    {
                        var tooLarge = total > options.MaxBatchBytes ? DiagnosticCatalog.RequestTooLarge(options.MaxBatchBytes) : DiagnosticCatalog.RequestTooLarge(options.MaxRequestBytes);
                        WriteError(output, ++record, line, [new FactError(tooLarge.Code, $"record {record}", string.Empty, tooLarge.Message)]);
                        await Flush(response, output, token);
                        return;
                    }

                    var text = bytes.ToArray();
                    if (IsBlank(text))
                    {
                        continue;
                    }

                    record++;
                    var (facts, errors) = FactReader.Parse(text, session.Subject!, $"record {record} (regel {line})");
                    if (errors.Count > 0 || facts is null)
                    {
                        WriteError(output, record, line, errors);
                    }
                    else
                    {
                        var results = session.Evaluate(sets, facts, inputs);
                        log.Write(new Decision("evaluate", served.Id, served.VersionDate(date), date, served.ContentHash, text, Outcomes(results), record));
                        using var json = new Utf8JsonWriter(output, LineOptions);
                        EvaluationJsonWriter.Document(served.DisplayPath, date, results).WriteTo(json);
                        json.Flush();
                        output.Write("\n"u8);
                    }

                    await Flush(response, output, token);
                }

                if (!read.IsCompleted && buffer.Length > options.MaxRequestBytes)
                {
                    // A record without an end: refuse it before it fills the memory.
                    var tooLong = DiagnosticCatalog.RequestTooLarge(options.MaxRequestBytes);
                    WriteError(output, record + 1, line + 1, [new FactError(tooLong.Code, $"record {record + 1}", string.Empty, tooLong.Message)]);
                    await Flush(response, output, token);
                    return;
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (read.IsCompleted)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            // The batch's time is up: say so as the last record, so a reader knows the stream was cut on purpose.
            var timedOut = DiagnosticCatalog.RequestTimedOut(options.BatchTimeout);
            WriteError(output, record + 1, line + 1, [new FactError(timedOut.Code, $"record {record + 1}", string.Empty, timedOut.Message)]);
            await Flush(response, output, CancellationToken.None);
        }
    }

    internal static async Task<IResult> Addendum(string id, string name, string? requestDate, string? on, HttpContext context, PolicyCatalog catalog, DecisionLog log, ServerOptions options)
    {
        var (served, problem) = Requests.Policy(catalog, id, context);
        if (served is null)
        {
            return problem!;
        }

        if (!Requests.TryDate("requestDate", requestDate, context, out var request, out problem) || !Requests.TryDate("on", on, context, out var given, out problem))
        {
            return problem!;
        }

        if (request is not { } requested)
        {
            return Requests.Missing("requestDate", "2026-09-01", context);
        }

        // As on the command line: the policy as it stood on the day asked about, by default the request date.
        var date = given ?? requested;
        var session = served.On(date);
        if (session.UnknownAddendum(name) is { } unknown)
        {
            return Problem.Of(StatusCodes.Status404NotFound, unknown, context);
        }

        if (!Requests.IsJson(context.Request))
        {
            return Problem.Of(StatusCodes.Status415UnsupportedMediaType, DiagnosticCatalog.UnsupportedMediaType(context.Request.ContentType, "application/json"), context);
        }

        if (await BoundedBody.ReadAsync(context.Request, options.MaxRequestBytes, context.RequestAborted) is not { } body)
        {
            return Problem.Of(StatusCodes.Status413PayloadTooLarge, DiagnosticCatalog.RequestTooLarge(options.MaxRequestBytes), context);
        }

        FactRecord? facts = null;
        if (!IsBlank(body))
        {
            if (session.MissingSubjectForFacts() is { } noSubject)
            {
                return Problem.Of(StatusCodes.Status422UnprocessableEntity, noSubject, context);
            }

            var (read, errors) = FactReader.Parse(body, session.Subject!, "verzoek");
            if (errors.Count > 0 || read is null)
            {
                return Problem.OfFacts(errors, context);
            }

            facts = read;
        }

        var result = session.Addenda.EvaluateAddendum(name, facts, requested, new EvaluationInputs(date));
        log.Write(new Decision("addendum", served.Id, served.VersionDate(date), date, served.ContentHash, body,
            [new(result.Name, OutcomeCodes.Code(result.Eligibility))]));
        return Requests.Json(AddendumJsonWriter.Document(served.DisplayPath, result).ToJsonString(JsonOutput.Indented));
    }

    private static List<KeyValuePair<string, string>> Outcomes(IReadOnlyList<RequirementSetResult> results) =>
        [.. results.Select(r => new KeyValuePair<string, string>(r.Name, OutcomeCodes.Code(r.Outcome)))];

    private static void WriteError(ArrayBufferWriter<byte> output, long record, long line, IReadOnlyList<FactError> errors)
    {
        using var json = new Utf8JsonWriter(output, LineOptions);
        BatchErrorRecord.Write(json, record, line, errors);
        json.Flush();
        output.Write("\n"u8);
    }

    private static async Task Flush(HttpResponse response, ArrayBufferWriter<byte> output, CancellationToken token)
    {
        await response.Body.WriteAsync(output.WrittenMemory, token);
        await response.Body.FlushAsync(token);
        output.Clear();
    }

    private static bool TryLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        if (buffer.PositionOf((byte)'\n') is not { } end)
        {
            line = default;
            return false;
        }

        line = buffer.Slice(0, end);
        buffer = buffer.Slice(buffer.GetPosition(1, end));
        return true;
    }

    private static bool TakeRest(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        line = buffer;
        buffer = buffer.Slice(buffer.End);
        return !line.IsEmpty;
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
