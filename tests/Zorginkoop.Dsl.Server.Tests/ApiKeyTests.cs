namespace Zorginkoop.Dsl.Server.Tests;

/// <summary>With a key (ZORGINKOOP_API_KEY for <c>zorginkoop serve</c>) every request but health must carry it: ZI9606 otherwise.</summary>
public class ApiKeyTests
{
    [Fact]
    public async Task Without_the_key_only_health_answers()
    {
        using var factory = ServerFactory.OfRepository(change: o => o with { ApiKey = "geheim-123" });
        var client = factory.CreateClient();
        Assert.Equal(200, (int)(await client.GetAsync("/v1/health")).StatusCode);

        var response = await client.GetAsync("/v1/policies");
        Api.AssertProblem(401, "ZI9606", await Api.Read(response));
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);

        var wrong = new HttpRequestMessage(HttpMethod.Get, "/v1/policies");
        wrong.Headers.Authorization = new("Bearer", "geheim-124");
        Api.AssertProblem(401, "ZI9606", await Api.Read(await client.SendAsync(wrong)));
        Api.AssertProblem(401, "ZI9606", await Api.Read(await client.GetAsync("/openapi/v1.json")));
    }

    [Theory]
    [InlineData("Authorization", "Bearer geheim-123")]
    [InlineData("X-Api-Key", "geheim-123")]
    public async Task The_key_as_bearer_token_or_header_is_let_through(string header, string value)
    {
        using var factory = ServerFactory.OfRepository(change: o => o with { ApiKey = "geheim-123" });
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/policies");
        request.Headers.TryAddWithoutValidation(header, value);
        Assert.Equal(200, (int)(await factory.CreateClient().SendAsync(request)).StatusCode);
    }
}
