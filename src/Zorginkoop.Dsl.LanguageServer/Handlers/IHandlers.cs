namespace Zorginkoop.Dsl.LanguageServer.Handlers;

/// <summary>Answers one LSP request method.</summary>
internal interface IRequestHandler<TParams, TResult>
    where TParams : class
{
    string Method { get; }

    TResult Handle(TParams request, CancellationToken cancellationToken);
}

/// <summary>Acts on one LSP notification method.</summary>
internal interface INotificationHandler<TParams>
    where TParams : class
{
    string Method { get; }

    void Handle(TParams notification);
}
