using System.Globalization;
using Microsoft.AspNetCore.Http;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Server.Catalog;
using Zorginkoop.Dsl.Server.Http;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Server.Endpoints;

/// <summary>What every endpoint reads the same way: the policy named in the route and dates in the query, each with its Dutch problem.</summary>
internal static class Requests
{
    /// <summary>The served policy, or the problem: 404 ZI9601 for an unknown id, 503 ZI9607 for one that never checked.</summary>
    public static (ServedPolicy? Served, IResult? Problem) Policy(PolicyCatalog catalog, string id, HttpContext context)
    {
        if (catalog.Find(id) is not { } entry)
        {
            var known = catalog.Entries.Select(e => e.Id).ToList();
            return (null, Problem.Of(StatusCodes.Status404NotFound, DiagnosticCatalog.UnknownPolicy(id, catalog.Suggest(id), known), context));
        }

        return entry.Served is { } served
            ? (served, null)
            : (null, Problem.Of(StatusCodes.Status503ServiceUnavailable, DiagnosticCatalog.PolicyNotServed(id), context));
    }

    /// <summary>A date in the query (JJJJ-MM-DD); absent is null, wrong is a 400 ZI9602.</summary>
    public static bool TryDate(string name, string? text, HttpContext context, out DateOnly? date, out IResult? problem)
    {
        date = null;
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        problem = Problem.Of(StatusCodes.Status400BadRequest, DiagnosticCatalog.InvalidQuery(name, $"'{text}' is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-01-01."), context);
        return false;
    }

    public static IResult Missing(string name, string example, HttpContext context) =>
        Problem.Of(StatusCodes.Status400BadRequest, DiagnosticCatalog.InvalidQuery(name, $"deze parameter is verplicht, bijvoorbeeld {name}={example}."), context);

    /// <summary>Today in the Netherlands: the default date of a decision, as the command line's.</summary>
    public static DateOnly Today() => DateOnly.FromDateTime(AmsterdamTime.Now());

    public static bool IsJson(HttpRequest request) =>
        request.ContentType is null || request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
        || request.ContentType.StartsWith("text/json", StringComparison.OrdinalIgnoreCase);

    public static bool IsNdjson(HttpRequest request) =>
        request.ContentType is { } type && (type.StartsWith("application/x-ndjson", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("application/jsonl", StringComparison.OrdinalIgnoreCase));

    public static IResult Json(string text) => Results.Text(text, "application/json; charset=utf-8");
}
