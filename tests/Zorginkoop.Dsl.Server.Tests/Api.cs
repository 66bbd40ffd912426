using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Zorginkoop.Dsl.Server.Tests;

/// <summary>Small helpers for talking to the server in tests: JSON bodies in, parsed JSON out.</summary>
internal static class Api
{
    public const string Huisartsen = "vgz.huisartsenzorg-2026-2027";

    public static string Example(string name) => File.ReadAllText(RepositoryPaths.Combine("policies", "vgz", "voorbeelden", name));

    public static StringContent Json(string text, string type = "application/json") =>
        new(text, Encoding.UTF8, new MediaTypeHeaderValue(type));

    public static async Task<(int Status, JsonNode Body, string Type)> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        JsonNode body;
        try
        {
            body = JsonNode.Parse(text)!;
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {type}: not JSON ({e.Message}):\n{text}");
        }

        return ((int)response.StatusCode, body, type);
    }

    public static async Task<(int Status, JsonNode Body, string Type)> Get(HttpClient client, string url) => await Read(await client.GetAsync(url));

    public static async Task<(int Status, JsonNode Body, string Type)> Post(HttpClient client, string url, HttpContent content) =>
        await Read(await client.PostAsync(url, content));

    /// <summary>Asserts an RFC 9457 problem with the catalogue code, and returns it.</summary>
    public static JsonNode AssertProblem(int expectedStatus, string expectedCode, (int Status, JsonNode Body, string Type) answer)
    {
        Assert.True(answer.Status == expectedStatus, $"expected {expectedStatus}, got {answer.Status}: {answer.Body.ToJsonString()}");
        Assert.Equal("application/problem+json", answer.Type);
        var body = answer.Body;
        Assert.Equal(expectedCode, (string?)body["code"]);
        Assert.Equal(expectedStatus, (int?)body["status"]);
        Assert.EndsWith("#" + expectedCode.ToLowerInvariant(), (string?)body["type"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)body["detail"]));
        return body;
    }
}
