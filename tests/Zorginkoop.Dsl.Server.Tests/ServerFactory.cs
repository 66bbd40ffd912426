using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zorginkoop.Dsl.Cli.Inputs;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Server;
using Zorginkoop.Dsl.Server.Catalog;
using Zorginkoop.Dsl.Server.Configuration;

namespace Zorginkoop.Dsl.Server.Tests;

/// <summary>
/// The server as <c>zorginkoop serve</c> composes it (<see cref="ZorginkoopServer.AddServices"/> and
/// <see cref="ZorginkoopServer.UsePipeline"/>), on the test server of <see cref="WebApplicationFactory{TEntryPoint}"/>,
/// with the options a test gives. What the server logs is kept in <see cref="Logged"/>. The factory wants a type of
/// an assembly with an entry point: <see cref="PolicyFileSet"/> is one of zorginkoop.dll's (the program that serves);
/// the host itself is built here, not by the program's Main.
/// </summary>
public sealed class ServerFactory(ServerOptions options) : WebApplicationFactory<PolicyFileSet>
{
    public ServerOptions Options { get; } = options;

    public ConcurrentQueue<string> Logged { get; } = new();

    /// <summary>The repository's policies/, unwatched, decided by the interpreter (quick to start; both engines decide alike).</summary>
    public static ServerFactory OfRepository(Engine engine = Engine.Interpreter, Func<ServerOptions, ServerOptions>? change = null)
    {
        var options = new ServerOptions { Folder = RepositoryPaths.Combine("policies"), Engine = engine, Watch = false };
        return new ServerFactory(change is null ? options : change(options));
    }

    public PolicyCatalog Catalog => Services.GetRequiredService<PolicyCatalog>();

    protected override IHostBuilder CreateHostBuilder() =>
        new HostBuilder().ConfigureWebHost(web => web
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureLogging(logging => logging.ClearProviders().AddProvider(new QueueLogger(Logged)))
            .ConfigureServices(services => ZorginkoopServer.AddServices(services, Options))
            .Configure(app => ZorginkoopServer.UsePipeline(app)));

    private sealed class QueueLogger(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)}");

        public void Dispose()
        {
        }
    }
}
