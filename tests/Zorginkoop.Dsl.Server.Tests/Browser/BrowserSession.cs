using OpenQA.Selenium.Chrome;

namespace Zorginkoop.Dsl.Server.Tests.Browser;

/// <summary>One real server and one headless Chromium for the browser tests, started once for the class.</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private LiveServer? server;
    private ChromeDriver? driver;

    /// <summary>Where the browser saves what the page's download links hand out.</summary>
    public TemporaryFolder Downloads { get; } = new();

    public Uri Address => server!.Address;

    internal ChromeDriver Driver => driver!;

    public async Task InitializeAsync()
    {
        server = await LiveServer.StartAsync();
        driver = HeadlessChromium.Start(Downloads.Path);
    }

    public async Task DisposeAsync()
    {
        driver?.Quit();
        driver?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Downloads.Dispose();
    }
}

/// <summary>The browser tests share one server and one Chromium, and run one after another (two cores, one browser).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "browser";
}
