using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Server.Http;

/// <summary>
/// Errors as RFC 9457 problem details (<c>application/problem+json</c>), in Dutch, each carrying the catalogue
/// code (<c>code</c>) and, for facts, every error with its <c>record</c> and <c>field</c> (<c>errors</c>).
/// </summary>
public static class Problem
{
    public const string ContentType = "application/problem+json; charset=utf-8";

    /// <summary>Where a code is explained; the type URI is stable per code.</summary>
    public static string TypeOf(string code) => $"https://zorginkoop.invalid/diagnostics#{code.ToLowerInvariant()}";

    public static IResult Of(int status, Diagnostic diagnostic, HttpContext? context = null) =>
        new ProblemResult(status, Body(status, diagnostic.Code, diagnostic.Descriptor.Title, diagnostic.Message, context, null));

    public static IResult Of(int status, IReadOnlyList<Diagnostic> diagnostics, HttpContext? context = null)
    {
        var first = diagnostics[0];
        var errors = new JsonArray([.. diagnostics.Select(d => (JsonNode)DiagnosticJson.Item(d))]);
        return new ProblemResult(status, Body(status, first.Code, first.Descriptor.Title, first.Message, context, errors));
    }

    /// <summary>Facts that cannot be read: 422 with each error's code, record and field.</summary>
    public static IResult OfFacts(IReadOnlyList<FactError> errors, HttpContext? context = null)
    {
        var first = errors[0];
        var list = new JsonArray([.. errors.Select(e => (JsonNode)new JsonObject
        {
            ["code"] = e.Code,
            ["record"] = e.Record,
            ["field"] = e.Field,
            ["message"] = e.Message,
        })]);
        var body = Body(StatusCodes.Status422UnprocessableEntity, first.Code, "De gegevens kunnen niet worden gelezen", first.ToString(), context, list);
        body["record"] = first.Record;
        body["field"] = first.Field;
        return new ProblemResult(StatusCodes.Status422UnprocessableEntity, body);
    }

    /// <summary>For middleware that answers before an endpoint runs (limits, keys, time-outs).</summary>
    public static Task Write(HttpContext context, int status, Diagnostic diagnostic) =>
        Of(status, diagnostic, context).ExecuteAsync(context);

    private static JsonObject Body(int status, string code, string title, string detail, HttpContext? context, JsonArray? errors)
    {
        var body = new JsonObject
        {
            ["type"] = TypeOf(code),
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["instance"] = context?.Request.Path.Value,
            ["code"] = code,
        };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return body;
    }

    private sealed class ProblemResult(int status, JsonObject body) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => status;

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = ContentType;
            if (status == StatusCodes.Status401Unauthorized)
            {
                httpContext.Response.Headers.WWWAuthenticate = "Bearer";
            }

            await httpContext.Response.WriteAsync(body.ToJsonString(JsonOutput.Indented), httpContext.RequestAborted);
        }
    }
}
