namespace Zorginkoop.Dsl.LanguageServer.Protocol;

public sealed class DidOpenTextDocumentParams
{
    public TextDocumentItem TextDocument { get; set; } = new();
}

public sealed class DidChangeTextDocumentParams
{
    public VersionedTextDocumentIdentifier TextDocument { get; set; } = new();

    public List<TextDocumentContentChangeEvent> ContentChanges { get; set; } = [];
}

/// <summary>With a range: replace that range; without: the whole new text.</summary>
public sealed class TextDocumentContentChangeEvent
{
    public Range? Range { get; set; }

    public string Text { get; set; } = string.Empty;
}

public sealed class DidCloseTextDocumentParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();
}

public sealed class DidChangeWatchedFilesParams
{
    public List<FileEvent> Changes { get; set; } = [];
}

public sealed class FileEvent
{
    public string Uri { get; set; } = string.Empty;

    /// <summary>1 created, 2 changed, 3 deleted.</summary>
    public int Type { get; set; }
}
