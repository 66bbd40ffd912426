using Zorginkoop.Dsl.LanguageServer.Protocol;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Lifecycle;

/// <summary><c>shutdown</c>: from now on only <c>exit</c> is served.</summary>
internal sealed class ShutdownHandler(ServerContext context)
{
    public string Method => Methods.Shutdown;

    public object? Handle()
    {
        context.Lifecycle.Shutdown();
        return null;
    }
}
