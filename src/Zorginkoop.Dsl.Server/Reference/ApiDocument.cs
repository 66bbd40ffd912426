using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Zorginkoop.Dsl.Server.Configuration;

namespace Zorginkoop.Dsl.Server.Reference;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>) as generated from the endpoints, with what the endpoints cannot
/// say themselves: the title, the problem fields every error carries (<c>code</c>, <c>errors</c>, <c>record</c>,
/// <c>field</c>), Dutch descriptions of the answers the limits give, and the key when the server has one.
/// </summary>
internal static class ApiDocument
{
    public const string Name = "v1";

    public const string Route = "/openapi/{documentName}.json";

    /// <summary>What each status means here, for the answers the generator would only call by their reason phrase.</summary>
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["200"] = "Het antwoord.",
        ["400"] = "Een parameter ontbreekt of is ongeldig (ZI9602), of een gevraagde set eisen bestaat niet.",
        ["401"] = "Alleen als de server met een sleutel draait: geen of een verkeerde sleutel (ZI9606).",
        ["404"] = "Onbekend beleid (ZI9601), addendum of tijdlijn.",
        ["413"] = "Het verzoek is groter dan de server aanneemt (ZI9603).",
        ["415"] = "Deze soort inhoud wordt niet ondersteund (ZI9608).",
        ["422"] = "De gegevens kunnen niet worden gelezen: elke fout met zijn code, record en veld.",
        ["503"] = "De server is te druk (ZI9605, met Retry-After), of het beleid heeft nog geen werkende versie (ZI9607).",
        ["504"] = "Het verzoek duurde langer dan de tijdslimiet (ZI9604).",
    };

    public static void Configure(OpenApiOptions openApi, ServerOptions options)
    {
        openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Zorginkoop beslisservice";
            document.Info.Version = Name;
            document.Info.Description = "Beslissingen over minimumeisen van zorginkoopbeleid, uit dezelfde gecompileerde beleidsregels als de opdrachtregel. Fouten zijn RFC 9457 problem details met de code uit de meldingencatalogus.";
            if (options.ApiKey is { Length: > 0 })
            {
                AddKey(document);
            }

            return Task.CompletedTask;
        });
        openApi.AddOperationTransformer((operation, context, _) =>
        {
            var isHealth = context.Description.RelativePath == "v1/health";
            if (isHealth && options.ApiKey is { Length: > 0 })
            {
                operation.Security = []; // health stays open, so a load balancer can probe it
            }

            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (response is not OpenApiResponse concrete)
                {
                    continue;
                }

                if (isHealth && status == "503")
                {
                    concrete.Description = "Geen enkel beleid heeft een werkende versie (status failing); het antwoord noemt de meldingen.";
                }
                else if (Descriptions.TryGetValue(status, out var description))
                {
                    concrete.Description = description;
                }
            }

            return Task.CompletedTask;
        });
        openApi.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(ProblemDetails) && schema is OpenApiSchema problem)
            {
                problem.Properties ??= new Dictionary<string, IOpenApiSchema>();
                problem.Properties["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "De code uit de meldingencatalogus (docs/diagnostics.md), bijvoorbeeld ZI9601." };
                problem.Properties["record"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "Bij gegevens: het record van de eerste fout." };
                problem.Properties["field"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "Bij gegevens: het veld van de eerste fout." };
                problem.Properties["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Description = "Elke fout of melding, met code, bericht en (bij gegevens) record en veld.",
                    Items = new OpenApiSchema { Type = JsonSchemaType.Object },
                };
            }
            else if (context.JsonTypeInfo.Type == typeof(JsonObject) && schema is OpenApiSchema json)
            {
                json.Description ??= "Een JSON-document zoals de opdrachtregel het schrijft (docs/cli.md, docs/schemas).";
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>The two ways <see cref="Http.ApiKeyCheck"/> accepts the key, either of which will do.</summary>
    private static void AddKey(OpenApiDocument document)
    {
        document.AddComponent<IOpenApiSecurityScheme>("bearer", new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "De sleutel van de server als bearer-token: Authorization: Bearer <sleutel>.",
        });
        document.AddComponent<IOpenApiSecurityScheme>("apiKey", new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "De sleutel van de server in de kop X-Api-Key.",
        });
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("apiKey", document)] = [] },
        ];
    }
}
