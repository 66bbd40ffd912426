namespace Zorginkoop.Dsl.LanguageServer.Protocol;

// The LSP structures this server uses, as plain System.Text.Json classes (camelCase on the wire). Only what is
// used is declared; the names follow the specification so that it can be read side by side.

/// <summary>Zero-based line and UTF-16 character offset.</summary>
public sealed class Position
{
    public Position()
    {
    }

    public Position(int line, int character)
    {
        Line = line;
        Character = character;
    }

    public int Line { get; set; }

    public int Character { get; set; }

    public override string ToString() => $"{Line}:{Character}";
}

public sealed class Range
{
    public Range()
    {
    }

    public Range(Position start, Position end)
    {
        Start = start;
        End = end;
    }

    public Position Start { get; set; } = new();

    public Position End { get; set; } = new();

    public override string ToString() => $"{Start}-{End}";
}

public sealed class Location
{
    public string Uri { get; set; } = string.Empty;

    public Range Range { get; set; } = new();
}

public sealed class TextDocumentIdentifier
{
    public string Uri { get; set; } = string.Empty;
}

public sealed class VersionedTextDocumentIdentifier
{
    public string Uri { get; set; } = string.Empty;

    public int Version { get; set; }
}

public sealed class TextDocumentItem
{
    public string Uri { get; set; } = string.Empty;

    public string LanguageId { get; set; } = string.Empty;

    public int Version { get; set; }

    public string Text { get; set; } = string.Empty;
}

public class TextDocumentPositionParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Position Position { get; set; } = new();
}

public sealed class TextEdit
{
    public Range Range { get; set; } = new();

    public string NewText { get; set; } = string.Empty;
}

public sealed class WorkspaceEdit
{
    /// <summary>Edits per document URI.</summary>
    public Dictionary<string, List<TextEdit>> Changes { get; set; } = [];
}

public sealed class MarkupContent
{
    public string Kind { get; set; } = "markdown";

    public string Value { get; set; } = string.Empty;
}
