namespace Zorginkoop.Dsl.Server.Tests;

/// <summary>One server over the repository's policies/ for the tests that only read, started once.</summary>
public sealed class RepositoryServer : IDisposable
{
    public ServerFactory Factory { get; } = ServerFactory.OfRepository();

    public HttpClient Client => Factory.CreateClient();

    public void Dispose() => Factory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class RepositoryServerCollection : ICollectionFixture<RepositoryServer>
{
    public const string Name = "repository server";
}
