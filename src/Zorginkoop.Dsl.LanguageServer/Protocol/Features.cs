namespace Zorginkoop.Dsl.LanguageServer.Protocol;

public sealed class HoverParams : TextDocumentPositionParams
{
}

public sealed class Hover
{
    public MarkupContent Contents { get; set; } = new();

    public Range? Range { get; set; }
}

public sealed class DefinitionParams : TextDocumentPositionParams
{
}

public sealed class ReferenceParams : TextDocumentPositionParams
{
    public ReferenceContext Context { get; set; } = new();
}

public sealed class ReferenceContext
{
    public bool IncludeDeclaration { get; set; }
}

public sealed class PrepareRenameParams : TextDocumentPositionParams
{
}

public sealed class PrepareRenameResult
{
    public Range Range { get; set; } = new();

    public string Placeholder { get; set; } = string.Empty;
}

public sealed class RenameParams : TextDocumentPositionParams
{
    public string NewName { get; set; } = string.Empty;
}

public sealed class DocumentSymbolParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();
}

public sealed class DocumentSymbol
{
    public string Name { get; set; } = string.Empty;

    public string? Detail { get; set; }

    public int Kind { get; set; }

    public Range Range { get; set; } = new();

    public Range SelectionRange { get; set; } = new();

    public List<DocumentSymbol>? Children { get; set; }
}

/// <summary>The LSP SymbolKind numbers this server uses.</summary>
public static class SymbolKind
{
    public const int Module = 2;
    public const int Namespace = 3;
    public const int Class = 5;
    public const int Method = 6;
    public const int Property = 7;
    public const int Field = 8;
    public const int Enum = 10;
    public const int Interface = 11;
    public const int Function = 12;
    public const int Constant = 14;
    public const int Object = 19;
    public const int EnumMember = 22;
    public const int Struct = 23;
    public const int Event = 24;
}

public sealed class FoldingRangeParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();
}

public sealed class FoldingRange
{
    public int StartLine { get; set; }

    public int EndLine { get; set; }

    /// <summary>"comment", "imports" or "region"; null for code.</summary>
    public string? Kind { get; set; }
}

public sealed class SemanticTokensParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();
}

public sealed class SemanticTokensRangeParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Range Range { get; set; } = new(new Position(0, 0), new Position(0, 0));
}

public sealed class SemanticTokensDeltaParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public string PreviousResultId { get; set; } = string.Empty;
}

public sealed class SemanticTokens
{
    /// <summary>Set on full results, so the client can ask for a delta against them next time.</summary>
    public string? ResultId { get; set; }

    public List<int> Data { get; set; } = [];
}

/// <summary>The answer to <c>semanticTokens/full/delta</c> when the previous result is known: what to splice into it.</summary>
public sealed class SemanticTokensDelta
{
    public string? ResultId { get; set; }

    public List<SemanticTokensEdit> Edits { get; set; } = [];
}

public sealed class SemanticTokensEdit
{
    public int Start { get; set; }

    public int DeleteCount { get; set; }

    public List<int>? Data { get; set; }
}

public sealed class SemanticTokensOptions
{
    public SemanticTokensLegend Legend { get; set; } = new();

    public SemanticTokensFullOptions Full { get; set; } = new();

    public bool Range { get; set; }
}

public sealed class SemanticTokensFullOptions
{
    public bool Delta { get; set; }
}

public sealed class SemanticTokensLegend
{
    public List<string> TokenTypes { get; set; } = [];

    public List<string> TokenModifiers { get; set; } = [];
}

public sealed class DocumentFormattingParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public FormattingOptions Options { get; set; } = new();
}

public sealed class FormattingOptions
{
    public int TabSize { get; set; } = 4;

    public bool InsertSpaces { get; set; } = true;
}

public sealed class CodeActionParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Range Range { get; set; } = new();

    public CodeActionContext Context { get; set; } = new();
}

public sealed class CodeActionContext
{
    public List<LspDiagnostic> Diagnostics { get; set; } = [];
}

public sealed class CodeAction
{
    public string Title { get; set; } = string.Empty;

    public string Kind { get; set; } = "quickfix";

    public List<LspDiagnostic>? Diagnostics { get; set; }

    public bool? IsPreferred { get; set; }

    public WorkspaceEdit? Edit { get; set; }
}

public sealed class InlayHintParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Range Range { get; set; } = new();
}

public sealed class InlayHint
{
    public Position Position { get; set; } = new();

    public string Label { get; set; } = string.Empty;

    /// <summary>1 type, 2 parameter.</summary>
    public int? Kind { get; set; }

    public string? Tooltip { get; set; }

    public bool? PaddingLeft { get; set; }
}

public sealed class CompletionParams : TextDocumentPositionParams
{
}

public sealed class CompletionList
{
    public bool IsIncomplete { get; set; }

    public List<CompletionItem> Items { get; set; } = [];
}

public sealed class CompletionItem
{
    public string Label { get; set; } = string.Empty;

    public int? Kind { get; set; }

    public string? Detail { get; set; }

    public MarkupContent? Documentation { get; set; }

    public string? InsertText { get; set; }

    public string? SortText { get; set; }
}

/// <summary>The LSP CompletionItemKind numbers this server uses.</summary>
public static class CompletionItemKind
{
    public const int Function = 3;
    public const int Variable = 6;
    public const int Class = 7;
    public const int Interface = 8;
    public const int Module = 9;
    public const int Property = 10;
    public const int Keyword = 14;
    public const int Enum = 13;
    public const int Field = 5;
    public const int Constant = 21;
    public const int EnumMember = 20;
    public const int Struct = 22;
    public const int Event = 23;
}

public sealed class LogMessageParams
{
    /// <summary>1 error, 2 warning, 3 info, 4 log.</summary>
    public int Type { get; set; } = 4;

    public string Message { get; set; } = string.Empty;
}

public sealed class WorkspaceSymbolParams
{
    public string Query { get; set; } = string.Empty;
}

public sealed class SymbolInformation
{
    public string Name { get; set; } = string.Empty;

    public int Kind { get; set; }

    public Location Location { get; set; } = new();

    public string? ContainerName { get; set; }
}

public sealed class DocumentHighlightParams : TextDocumentPositionParams
{
}

public sealed class DocumentHighlight
{
    public Range Range { get; set; } = new();

    /// <summary>2 read (a use), 3 write (the declaration).</summary>
    public int Kind { get; set; }
}

public sealed class RegistrationParams
{
    public List<Registration> Registrations { get; set; } = [];
}

public sealed class Registration
{
    public string Id { get; set; } = string.Empty;

    public string Method { get; set; } = string.Empty;

    public object? RegisterOptions { get; set; }
}

public sealed class DidChangeWatchedFilesRegistrationOptions
{
    public List<FileSystemWatcher> Watchers { get; set; } = [];
}

public sealed class FileSystemWatcher
{
    public string GlobPattern { get; set; } = string.Empty;
}
