using Microsoft.AspNetCore.Builder;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Server.Configuration;

namespace Zorginkoop.Dsl.Server.Tests.Browser;

/// <summary>
/// The server exactly as <c>zorginkoop serve policies</c> builds it (<see cref="ZorginkoopServer.Build"/>), on Kestrel
/// at a free loopback port: a browser cannot reach the in-memory test server of WebApplicationFactory.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LiveServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<LiveServer> StartAsync()
    {
        // Port 0: Kestrel takes a free port, so parallel runs and a developer's own `zorginkoop serve` never clash.
        var app = ZorginkoopServer.Build(new ServerOptions
        {
            Folder = RepositoryPaths.Combine("policies"),
            Urls = "http://127.0.0.1:0",
            Engine = Engine.Interpreter,
            Watch = false,
        });
        await app.StartAsync();
        var address = app.Urls.Single();
        return new LiveServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
