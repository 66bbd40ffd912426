using Zorginkoop.Dsl.Hosting;

namespace Zorginkoop.Dsl.Server.Configuration;

/// <summary>How <c>zorginkoop serve</c> runs: what it serves, where it listens and the bounds it keeps (docs/server.md).</summary>
public sealed record ServerOptions
{
    /// <summary>The folder whose <c>*.zip</c> policies are served (searched below; <c>*.test.zip</c> files are left out).</summary>
    public required string Folder { get; init; }

    /// <summary>Where Kestrel listens; loopback unless told otherwise, so a server is never exposed by accident.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The engine decisions are made with; both decide every input alike (Reliability.Tests holds that).</summary>
    public Engine Engine { get; init; } = Engine.Compiled;

    /// <summary>When set, every request but <c>/v1/health</c> must carry it as a bearer token or an X-Api-Key header.</summary>
    public string? ApiKey { get; init; }

    /// <summary>A JSON Lines file every decision is appended to; null (the default) writes no log.</summary>
    public string? DecisionLog { get; init; }

    /// <summary>The largest body of a single request (one provider's facts); a batch has <see cref="MaxBatchBytes"/>.</summary>
    public long MaxRequestBytes { get; init; } = 1024 * 1024;

    /// <summary>The largest body of an <c>application/x-ndjson</c> batch.</summary>
    public long MaxBatchBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>How long one request may take before it is answered with ZI9604.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A batch may take longer than a single request, but not without end.</summary>
    public TimeSpan BatchTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Requests evaluated at once; more wait in a queue of <see cref="QueueLimit"/>, beyond that ZI9605.</summary>
    public int MaxConcurrentRequests { get; init; } = Math.Max(2, Environment.ProcessorCount * 4);

    public int QueueLimit { get; init; } = 256;

    /// <summary>Whether policy files are watched and recompiled when they change.</summary>
    public bool Watch { get; init; } = true;
}
