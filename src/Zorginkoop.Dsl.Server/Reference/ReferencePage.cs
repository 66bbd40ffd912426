using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Zorginkoop.Dsl.Server.Reference;

/// <summary>
/// The API reference (<c>/v1/reference</c>): the OpenAPI document the server generates, rendered on the server as
/// one plain HTML page (every operation with its parameters, request content types and answers). No script and
/// nothing from elsewhere, so it reads offline, behind a proxy and under the server's content security policy.
/// </summary>
internal static class ReferencePage
{
    public const string Route = "/v1/reference";

    private const string StyleRoute = "/v1/reference.css";

    private static readonly string[] MethodOrder = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    private const string Style = """
        body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; background: #fff; }
        code { font-family: ui-monospace, monospace; }
        h3 code.method { display: inline-block; min-width: 3.5rem; padding: 0 .3rem; border-radius: .2rem; background: #0b4f8a; color: #fff; }
        article { border-top: 1px solid #767676; padding-top: .5rem; margin-top: 1.5rem; }
        table { border-collapse: collapse; margin: .5rem 0; }
        th, td { text-align: left; vertical-align: top; border: 1px solid #767676; padding: .2rem .5rem; }
        a { color: #0b4f8a; }
        a:focus { outline: 3px solid #0b4f8a; outline-offset: 2px; }
        """;

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(Route, async (HttpContext context) =>
        {
            var provider = context.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>(ApiDocument.Name);
            var document = await provider.GetOpenApiDocumentAsync(context.RequestAborted);
            return Results.Text(Render(document), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        routes.MapGet(StyleRoute, () => Results.Text(Style, "text/css; charset=utf-8")).ExcludeFromDescription();
    }

    public static string Render(OpenApiDocument document)
    {
        var operations = (document.Paths ?? [])
            .SelectMany(path => (path.Value.Operations ?? []).Select(op => (Path: path.Key, Method: op.Key.Method.ToUpperInvariant(), Operation: op.Value)))
            .OrderBy(o => o.Path, StringComparer.Ordinal)
            .ThenBy(o => Array.IndexOf(MethodOrder, o.Method))
            .ToList();
        var html = new StringBuilder();
        var title = document.Info?.Title ?? "API";
        html.Append($"""
            <!doctype html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>API-referentie — {E(title)}</title>
            <link rel="stylesheet" href="{StyleRoute}">
            </head>
            <body>
            <header>
            <h1>API-referentie: {E(title)} <small>{E(document.Info?.Version)}</small></h1>
            <p>{E(document.Info?.Description)}</p>
            <p>Het OpenAPI-document zelf: <a href="/openapi/{ApiDocument.Name}.json"><code>/openapi/{ApiDocument.Name}.json</code></a>.</p>
            """);
        if (document.Components?.SecuritySchemes is { Count: > 0 } schemes)
        {
            html.Append("<p>Deze server vraagt een sleutel voor alles behalve <code>/v1/health</code>:</p>\n<ul>\n");
            foreach (var (name, scheme) in schemes)
            {
                html.Append($"<li><code>{E(name)}</code>: {E(scheme.Description)}</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</header>\n<nav aria-label=\"Inhoud\">\n<h2>Inhoud</h2>\n<ul>\n");
        foreach (var (path, method, operation) in operations)
        {
            html.Append($"<li><a href=\"#{Anchor(method, path, operation)}\"><code>{method} {E(path)}</code></a> — {E(operation.Summary)}</li>\n");
        }

        html.Append("</ul>\n</nav>\n<main>\n");
        foreach (var (path, method, operation) in operations)
        {
            html.Append($"<article id=\"{Anchor(method, path, operation)}\">\n<h3><code class=\"method\">{method}</code> <code>{E(path)}</code></h3>\n");
            html.Append($"<p>{E(operation.Summary)}</p>\n");
            if (operation.Description is { Length: > 0 } description)
            {
                html.Append($"<p>{E(description)}</p>\n");
            }

            if (operation.Parameters is { Count: > 0 } parameters)
            {
                html.Append("<h4>Parameters</h4>\n<table>\n<thead><tr><th scope=\"col\">Naam</th><th scope=\"col\">Waar</th><th scope=\"col\">Verplicht</th><th scope=\"col\">Soort</th></tr></thead>\n<tbody>\n");
                foreach (var parameter in parameters)
                {
                    html.Append($"<tr><td><code>{E(parameter.Name)}</code></td><td>{Where(parameter.In)}</td><td>{(parameter.Required ? "ja" : "nee")}</td><td>{E(TypeOf(parameter.Schema))}</td></tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
            }

            if (operation.RequestBody?.Content is { Count: > 0 } request)
            {
                html.Append("<h4>Inhoud van het verzoek</h4>\n<ul>\n");
                foreach (var type in request.Keys)
                {
                    html.Append($"<li><code>{E(type)}</code></li>\n");
                }

                html.Append("</ul>\n");
            }

            html.Append("<h4>Antwoorden</h4>\n<table>\n<thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Betekenis</th><th scope=\"col\">Soort inhoud</th></tr></thead>\n<tbody>\n");
            foreach (var (status, response) in operation.Responses ?? [])
            {
                var types = string.Join(", ", (response.Content ?? new Dictionary<string, OpenApiMediaType>()).Keys.Select(t => $"<code>{E(t)}</code>"));
                html.Append($"<tr><td>{E(status)}</td><td>{E(response.Description)}</td><td>{types}</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n</article>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Anchor(string method, string path, OpenApiOperation operation) =>
        "op-" + (operation.OperationId ?? (method + path).Replace('/', '-').Replace("{", "").Replace("}", "")).ToLowerInvariant();

    private static string Where(ParameterLocation? location) => location switch
    {
        ParameterLocation.Path => "pad",
        ParameterLocation.Query => "query",
        ParameterLocation.Header => "kop",
        ParameterLocation.Cookie => "cookie",
        _ => string.Empty,
    };

    private static string TypeOf(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return string.Empty;
        }

        if (schema.Type is not { } type)
        {
            return schema.Format ?? string.Empty;
        }

        var names = Enum.GetValues<JsonSchemaType>().Where(t => t != JsonSchemaType.Null && type.HasFlag(t)).Select(t => t.ToString().ToLowerInvariant());
        var text = string.Join(" of ", names);
        if (type.HasFlag(JsonSchemaType.Array) && schema.Items is { } items)
        {
            text += " van " + TypeOf(items);
        }

        return schema.Format is { Length: > 0 } format ? $"{text} ({format})" : text;
    }

    /// <summary>Encodes what HTML needs encoded and leaves Dutch letters (é, ë) as they are, so the source reads too.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string? text) => Encoder.Encode(text ?? string.Empty);
}
