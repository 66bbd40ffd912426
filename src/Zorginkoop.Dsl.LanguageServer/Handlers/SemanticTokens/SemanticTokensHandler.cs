using Zorginkoop.Dsl.LanguageServer.Protocol;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.SemanticTokens;

/// <summary>
/// <c>textDocument/semanticTokens/full</c>: what the TextMate grammar cannot know — which names are fields, keuze
/// values, definitions, requirement sets, requirements — plus keywords, literals and comments from the tokens
/// (<see cref="SemanticTokenEncoding"/>). The result carries an id for <c>full/delta</c>.
/// </summary>
internal sealed class SemanticTokensHandler(ServerContext context) : IRequestHandler<SemanticTokensParams, Protocol.SemanticTokens>
{
    public string Method => Methods.SemanticTokensFull;

    public Protocol.SemanticTokens Handle(SemanticTokensParams request, CancellationToken cancellationToken)
    {
        if (context.Workspace.Analyze(request.TextDocument.Uri) is not { } analysis)
        {
            return new Protocol.SemanticTokens();
        }

        cancellationToken.ThrowIfCancellationRequested();
        var data = SemanticTokenEncoding.Encode(analysis, null, null, cancellationToken);
        return new Protocol.SemanticTokens { ResultId = context.SemanticTokens.Remember(request.TextDocument.Uri, data), Data = data };
    }
}

/// <summary><c>textDocument/semanticTokens/full/delta</c>: one edit against the previous full result, or a full result when that one is unknown.</summary>
internal sealed class SemanticTokensDeltaHandler(ServerContext context) : IRequestHandler<SemanticTokensDeltaParams, object>
{
    public string Method => Methods.SemanticTokensFullDelta;

    public object Handle(SemanticTokensDeltaParams request, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument.Uri;
        if (context.Workspace.Analyze(uri) is not { } analysis)
        {
            return new Protocol.SemanticTokens();
        }

        cancellationToken.ThrowIfCancellationRequested();
        var previous = context.SemanticTokens.Find(uri, request.PreviousResultId);
        var data = SemanticTokenEncoding.Encode(analysis, null, null, cancellationToken);
        var id = context.SemanticTokens.Remember(uri, data);
        return previous is null
            ? new Protocol.SemanticTokens { ResultId = id, Data = data }
            : new SemanticTokensDelta { ResultId = id, Edits = [SemanticTokenResults.Diff(previous, data)] };
    }
}

/// <summary><c>textDocument/semanticTokens/range</c>: the tokens of the lines the range touches (what the editor shows first).</summary>
internal sealed class SemanticTokensRangeHandler(ServerContext context) : IRequestHandler<SemanticTokensRangeParams, Protocol.SemanticTokens>
{
    public string Method => Methods.SemanticTokensRange;

    public Protocol.SemanticTokens Handle(SemanticTokensRangeParams request, CancellationToken cancellationToken)
    {
        if (context.Workspace.Analyze(request.TextDocument.Uri) is not { } analysis)
        {
            return new Protocol.SemanticTokens();
        }

        cancellationToken.ThrowIfCancellationRequested();
        var first = Math.Clamp(request.Range.Start.Line, 0, analysis.Text.LineCount - 1);
        var last = Math.Clamp(request.Range.End.Line, first, analysis.Text.LineCount - 1);
        return new Protocol.SemanticTokens { Data = SemanticTokenEncoding.Encode(analysis, first, last, cancellationToken) };
    }
}
