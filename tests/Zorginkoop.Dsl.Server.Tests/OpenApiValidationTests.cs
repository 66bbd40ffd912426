using System.Text.Json.Nodes;

namespace Zorginkoop.Dsl.Server.Tests;

/// <summary>
/// Issue 18: "the OpenAPI document validates". The document is fetched from the running app and judged by a real
/// validator, @apidevtools/swagger-parser (tests/openapi, installed by tests/openapi/install.sh, which
/// tests/run-all.sh runs): the OpenAPI 3.1 schema and every <c>$ref</c> resolving. What that validator does not
/// check for OpenAPI 3 (path parameters declared) and what the issue asks of the endpoints (each with its request
/// and response content types) is checked here.
/// </summary>
[Collection(RepositoryServerCollection.Name)]
public class OpenApiValidationTests(RepositoryServer server)
{
    private static string Validator => RepositoryPaths.Combine("tests", "openapi", "validate.mjs");

    private static string Installed => RepositoryPaths.Combine("tests", "openapi", "node_modules", "@apidevtools", "swagger-parser", "package.json");

    private static (int ExitCode, string Output) Validate(string document)
    {
        Assert.True(File.Exists(Installed), $"{Installed} ontbreekt: voer 'bash tests/openapi/install.sh' uit.");
        using var folder = new TemporaryFolder();
        var file = folder.Write("openapi.json", document);
        var (exitCode, output, error) = ChildProcess.Run("node", [Validator, file], RepositoryPaths.Combine("tests", "openapi"), TimeSpan.FromMinutes(1));
        return (exitCode, output + error);
    }

    [Fact]
    public async Task The_generated_document_validates()
    {
        var document = await server.Client.GetStringAsync("/openapi/v1.json");
        var (exitCode, output) = Validate(document);
        Assert.True(exitCode == 0, output);
        Assert.StartsWith("valid: Zorginkoop beslisservice v1 (OpenAPI 3.1", output);
    }

    [Fact]
    public async Task The_document_of_a_server_with_a_key_validates_and_names_the_key()
    {
        using var keyed = ServerFactory.OfRepository(change: o => o with { ApiKey = "geheim" });
        var client = keyed.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "geheim");
        var document = await client.GetStringAsync("/openapi/v1.json");
        var (exitCode, output) = Validate(document);
        Assert.True(exitCode == 0, output);

        var json = JsonNode.Parse(document)!;
        Assert.Equal("header", (string?)json["components"]!["securitySchemes"]!["apiKey"]!["in"]);
        Assert.Equal("bearer", (string?)json["components"]!["securitySchemes"]!["bearer"]!["scheme"]);
        Assert.Equal(2, json["security"]!.AsArray().Count);
        Assert.Empty(json["paths"]!["/v1/health"]!["get"]!["security"]!.AsArray()); // health stays open
    }

    [Fact]
    public async Task The_validator_rejects_a_document_that_breaks_the_schema()
    {
        // So a green run means the validator judged the document, not that it ran and said nothing.
        var document = JsonNode.Parse(await server.Client.GetStringAsync("/openapi/v1.json"))!;
        document["info"]!.AsObject().Remove("version");
        document["paths"]!["/v1/policies"]!["get"]!["responses"]!["200"]!.AsObject().Remove("description");
        var (exitCode, output) = Validate(document.ToJsonString());
        Assert.Equal(1, exitCode);
        Assert.Contains("must have required property 'version'", output);
    }

    /// <summary>Every endpoint of the issue: method, path, the request content types and those of its 200 answer.</summary>
    public static TheoryData<string, string, string[], string[]> Endpoints => new()
    {
        { "get", "/v1/health", [], ["application/json"] },
        { "get", "/v1/policies", [], ["application/json"] },
        { "get", "/v1/policies/{id}", [], ["application/json"] },
        { "get", "/v1/policies/{id}/gegevens", [], ["application/json"] },
        { "post", "/v1/policies/{id}/evaluate", ["application/json", "application/x-ndjson"], ["application/json", "application/x-ndjson"] },
        { "post", "/v1/policies/{id}/addenda/{name}", ["application/json"], ["application/json"] },
        { "get", "/v1/policies/{id}/timeline", [], ["application/json", "text/calendar"] },
        { "get", "/v1/policies/{id}/diff", [], ["application/json"] },
        { "get", "/v1/policies/{id}/document", [], ["text/html"] },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_endpoint_is_in_the_document_with_its_content_types(string method, string path, string[] requestTypes, string[] responseTypes)
    {
        var document = JsonNode.Parse(await server.Client.GetStringAsync("/openapi/v1.json"))!;
        var operation = document["paths"]?[path]?[method];
        Assert.True(operation is not null, $"{method.ToUpperInvariant()} {path} is not in the document");
        Assert.False(string.IsNullOrWhiteSpace((string?)operation["summary"]), "each operation says what it does");
        Assert.False(string.IsNullOrWhiteSpace((string?)operation["operationId"]));

        var request = operation["requestBody"]?["content"]?.AsObject().Select(c => c.Key).ToArray() ?? [];
        Assert.Equal(requestTypes, request);
        var ok = operation["responses"]!["200"]!["content"]?.AsObject().Select(c => c.Key).ToArray() ?? [];
        Assert.Equal(responseTypes, ok);

        // Every error the endpoint gives is a problem document; the health probe has no key and no limit.
        foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5'))
        {
            var types = response!["content"]!.AsObject().Select(c => c.Key).ToList();
            Assert.True(types.SequenceEqual([path == "/v1/health" ? "application/json" : "application/problem+json"]), $"{path} {status}: {string.Join(", ", types)}");
            Assert.False(string.IsNullOrWhiteSpace((string?)response["description"]));
        }

        if (path != "/v1/health")
        {
            Assert.All(new[] { "401", "503", "504" }, s => Assert.NotNull(operation["responses"]![s]));
        }

        // swagger-parser checks this only for Swagger 2.0: each {name} of the path is a required path parameter.
        var declared = operation["parameters"]?.AsArray().Where(p => (string?)p!["in"] == "path").ToList() ?? [];
        var inPath = System.Text.RegularExpressions.Regex.Matches(path, @"\{(\w+)\}").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(inPath, declared.Select(p => (string)p!["name"]!).ToList());
        Assert.All(declared, p => Assert.True((bool?)p!["required"]));
    }

    [Fact]
    public async Task A_problem_in_the_document_carries_the_catalogue_code()
    {
        var document = JsonNode.Parse(await server.Client.GetStringAsync("/openapi/v1.json"))!;
        var properties = document["components"]!["schemas"]!["ProblemDetails"]!["properties"]!.AsObject();
        Assert.All(new[] { "type", "title", "status", "detail", "instance", "code", "errors", "record", "field" }, p => Assert.True(properties.ContainsKey(p), p));
    }

    [Fact]
    public async Task The_reference_page_renders_the_document_without_script_or_anything_from_elsewhere()
    {
        var response = await server.Client.GetAsync("/v1/reference");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!doctype html>", html);
        Assert.Contains("<html lang=\"nl\">", html);
        var document = JsonNode.Parse(await server.Client.GetStringAsync("/openapi/v1.json"))!;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                Assert.Contains($"<code>{method.ToUpperInvariant()} {System.Net.WebUtility.HtmlEncode(path)}</code>", html);
                Assert.Contains($"id=\"op-{((string)operation!["operationId"]!).ToLowerInvariant()}\"", html);
            }
        }

        Assert.Contains("<code>application/x-ndjson</code>", html);
        Assert.Contains("<code>text/calendar</code>", html);
        Assert.Contains("ZI9605", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html); // nothing fetched from elsewhere
        var style = await server.Client.GetAsync("/v1/reference.css");
        Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
