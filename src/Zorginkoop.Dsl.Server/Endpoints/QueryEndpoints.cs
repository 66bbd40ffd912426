using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Publishing.Composition;
using Zorginkoop.Dsl.Publishing.Rendering;
using Zorginkoop.Dsl.Semantics.Versions;
using Zorginkoop.Dsl.Server.Catalog;
using Zorginkoop.Dsl.Server.Http;
using Zorginkoop.Dsl.Server.Logging;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Server.Endpoints;

/// <summary>What the server tells about its policies: the list, the gegevens, a timeline, a diff, the published document, its health.</summary>
internal static class QueryEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/health", Health).WithName("health")
            .WithSummary("Gezondheid: welke beleidsregels worden aangeboden, en welke gewijzigde bestanden niet laadden (met meldingen).")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json")
            .Produces<JsonObject>(StatusCodes.Status503ServiceUnavailable, "application/json")
            .WithTags("Gezondheid");

        routes.MapGet("/v1/policies", List).WithName("policies")
            .WithSummary("Alle beleidsregels met hun versies, eisen, addenda en tijdlijnen.")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json")
            .WithServiceProblems().WithTags("Beleid");

        routes.MapGet("/v1/policies/{id}", One).WithName("policy")
            .WithSummary("Eén beleid met zijn versies, eisen, addenda en tijdlijnen.")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithServiceProblems().WithTags("Beleid");

        routes.MapGet("/v1/policies/{id}/gegevens", Facts).WithName("gegevens")
            .WithSummary("De gegevens die het beleid (op een datum) van een zorgaanbieder vraagt: velden, soorten, keuzes en toelichting.")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithServiceProblems().WithTags("Beleid");

        routes.MapGet("/v1/policies/{id}/timeline", Timeline).WithName("timeline")
            .WithSummary("De planning op een moment, eventueel voor één partij: JSON, of een agenda (text/calendar, ook met format=ics).")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json", "text/calendar")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithServiceProblems().WithTags("Beleid");

        routes.MapGet("/v1/policies/{id}/diff", Diff).WithName("diff")
            .WithSummary("Wat er naar betekenis veranderde tussen het beleid op 'from' (standaard zoals gepubliceerd) en op 'to' (standaard vandaag).")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithServiceProblems().WithTags("Beleid");

        routes.MapGet("/v1/policies/{id}/document", Document).WithName("document")
            .WithSummary("Het beleid als document voor zorgaanbieders (HTML), met een anker per eis.")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithServiceProblems().WithTags("Beleid");
    }

    internal static IResult Health(PolicyCatalog catalog, DecisionLog log)
    {
        var entries = catalog.Entries;
        var healthy = entries.Count > 0 && entries.All(e => e.Served is not null && e.Failure is null);
        var body = new JsonObject
        {
            ["status"] = healthy ? "ok" : entries.Any(e => e.Served is not null) ? "degraded" : "failing",
            ["generation"] = catalog.Generation,
            ["lastReload"] = catalog.LastReload is { } reload ? new JsonObject
            {
                ["at"] = reload.At.ToString("O"),
                ["milliseconds"] = Math.Round(reload.Took.TotalMilliseconds, 1),
            } : null,
            ["folder"] = new JsonArray([.. catalog.FolderProblems.Select(d => (JsonNode)DiagnosticJson.Item(d))]),
            ["policies"] = new JsonArray([.. entries.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e.Id,
                ["policy"] = e.DisplayPath,
                ["serving"] = e.Served is not null,
                ["contentHash"] = e.Served?.ContentHash,
                ["loadedAt"] = e.Served?.LoadedAt.ToString("O"),
                ["engine"] = e.Served?.Session.ResolvedEngine.ToString().ToLowerInvariant(),
                ["failure"] = e.Failure is { } failure ? new JsonObject
                {
                    ["at"] = failure.At.ToString("O"),
                    ["code"] = (e.Served is null ? DiagnosticCatalog.PolicyNotServedDescriptor : DiagnosticCatalog.ReloadFailedDescriptor).Code,
                    ["summary"] = e.Served is null ? DiagnosticCatalog.PolicyNotServed(e.Id).Message : DiagnosticCatalog.ReloadFailed(e.Id, failure.Diagnostics.Count(d => d.IsError)).Message,
                    ["diagnostics"] = new JsonArray([.. failure.Diagnostics.Select(d => (JsonNode)DiagnosticJson.Item(d))]),
                } : null,
            })]),
            ["decisionLog"] = new JsonObject
            {
                ["enabled"] = log.Enabled,
                ["failure"] = log.Failure is { } logFailure ? DiagnosticJson.Item(logFailure) : null,
            },
        };

        // Degraded still serves every policy's last good version; only a server with nothing to serve is unhealthy.
        return Results.Text(PolicyDescriptions.Json(body), "application/json; charset=utf-8", statusCode: entries.Any(e => e.Served is not null) ? 200 : 503);
    }

    internal static IResult List(PolicyCatalog catalog) =>
        Requests.Json(PolicyDescriptions.Json(new JsonObject
        {
            ["policies"] = new JsonArray([.. catalog.Entries.Select(e => (JsonNode)PolicyDescriptions.Describe(e))]),
        }));

    internal static IResult One(string id, HttpContext context, PolicyCatalog catalog)
    {
        if (catalog.Find(id) is not { } entry)
        {
            return Requests.Policy(catalog, id, context).Problem!;
        }

        return Requests.Json(PolicyDescriptions.Json(PolicyDescriptions.Describe(entry)));
    }

    internal static IResult Facts(string id, string? on, HttpContext context, PolicyCatalog catalog)
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

        var session = served.On(given ?? Requests.Today());
        if (session.MissingSubject() is { } none)
        {
            return Problem.Of(StatusCodes.Status422UnprocessableEntity, none, context);
        }

        return Requests.Json(PolicyDescriptions.Json(PolicyDescriptions.Schema(session.Subject!)));
    }

    internal static IResult Timeline(string id, string? on, string? time, string? party, [FromQuery] string[]? @event, [FromQuery] string[]? timeline, string? format, HttpContext context, PolicyCatalog catalog)
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

        TimeOnly? at = null;
        if (!string.IsNullOrEmpty(time))
        {
            if (!TimeOnly.TryParseExact(time, ["HH:mm", "H:mm"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
            {
                return Problem.Of(StatusCodes.Status400BadRequest, DiagnosticCatalog.InvalidQuery("time", $"'{time}' is geen tijd; gebruik UU:MM, bijvoorbeeld 13:00."), context);
            }

            at = parsed;
        }

        var now = given is { } date ? date.ToDateTime(at ?? TimeOnly.MinValue) : Runtime.Values.AmsterdamTime.Now();
        var policy = served.On(DateOnly.FromDateTime(now)).Policy;
        var listing = TimelineListing.Query(policy, served.DisplayPath, now, string.IsNullOrWhiteSpace(party) ? null : party, @event ?? [], timeline ?? []);
        if (listing.NoTimelines)
        {
            return Problem.Of(StatusCodes.Status404NotFound, DiagnosticCatalog.NoTimelines(null), context);
        }

        if (listing.Problems.Count > 0)
        {
            return Problem.Of(StatusCodes.Status400BadRequest, listing.Problems, context);
        }

        var text = new StringWriter();
        if (WantsCalendar(format, context.Request.Headers.Accept))
        {
            IcsCalendarWriter.Write(text, listing.Header!, listing.Reports);
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{served.Id}-planning.ics\"";
            return Results.Text(text.ToString(), "text/calendar; charset=utf-8");
        }

        TimelineJsonWriter.Write(text, listing.Header!, listing.Reports);
        return Requests.Json(text.ToString());
    }

    internal static IResult Diff(string id, string? from, string? to, HttpContext context, PolicyCatalog catalog)
    {
        var (served, problem) = Requests.Policy(catalog, id, context);
        if (served is null)
        {
            return problem!;
        }

        if (!Requests.TryDate("from", from, context, out var older, out problem) || !Requests.TryDate("to", to, context, out var newer, out problem))
        {
            return problem!;
        }

        var oldVersion = older is { } f ? served.Policy.VersionOn(f) : served.Policy;
        var toDate = newer ?? Requests.Today();
        var newVersion = served.Policy.VersionOn(toDate);
        var diff = PolicyComparer.Compare(oldVersion, newVersion);

        // As `zorginkoop diff --from --to` says it: each side on the date asked (not the date of the amendment in
        // force then), and the file by its name below the served folder, not by the server's own path.
        diff = diff with
        {
            Old = diff.Old with { Path = served.DisplayPath, AsOf = older },
            New = diff.New with { Path = served.DisplayPath, AsOf = toDate },
        };
        var text = new StringWriter();
        DiffJsonWriter.Write(text, diff);
        return Requests.Json(text.ToString());
    }

    internal static IResult Document(string id, string? on, HttpContext context, PolicyCatalog catalog)
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

        var policy = served.On(given ?? Requests.Today()).Policy;
        return Results.Text(HtmlRenderer.Render(DocumentBuilder.Build(policy)), "text/html; charset=utf-8");
    }

    private static bool WantsCalendar(string? format, StringValues accept) =>
        string.Equals(format, "ics", StringComparison.OrdinalIgnoreCase)
        || (format is null && accept.Any(a => a is not null && a.Contains("text/calendar", StringComparison.OrdinalIgnoreCase)));
}
