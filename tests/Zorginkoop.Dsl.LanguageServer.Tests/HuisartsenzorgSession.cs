namespace Zorginkoop.Dsl.LanguageServer.Tests;

/// <summary>Where most tests start: a copy of policies/, a server in process initialized on it, and the VGZ huisartsen policy open.</summary>
internal sealed class HuisartsenzorgSession : IAsyncDisposable
{
    private HuisartsenzorgSession(PolicyCopy policies, LspClient client, string text, string uri)
    {
        Policies = policies;
        Client = client;
        Text = text;
        Uri = uri;
    }

    public PolicyCopy Policies { get; }

    public LspClient Client { get; }

    /// <summary>The opened file's text, to find positions in.</summary>
    public string Text { get; }

    public string Uri { get; }

    public static async Task<HuisartsenzorgSession> OpenAsync()
    {
        var policies = new PolicyCopy();
        var client = LspClient.InProcess();
        await client.InitializeAsync(policies.Root);
        var uri = await client.OpenAsync(policies.Huisartsenzorg);
        return new HuisartsenzorgSession(policies, client, File.ReadAllText(policies.Huisartsenzorg), uri);
    }

    public void Deconstruct(out PolicyCopy policies, out LspClient client, out string text, out string uri) =>
        (policies, client, text, uri) = (Policies, Client, Text, Uri);

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        Policies.Dispose();
    }
}
