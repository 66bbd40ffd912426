using Zorginkoop.Dsl.LanguageServer.Protocol;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Lifecycle;

/// <summary><c>exit</c>: ends the process, with exit code 0 only after a <c>shutdown</c>.</summary>
internal sealed class ExitHandler(ServerContext context)
{
    public string Method => Methods.Exit;

    public void Handle() => context.Lifecycle.Exit();
}
