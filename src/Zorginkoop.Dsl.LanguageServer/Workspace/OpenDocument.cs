namespace Zorginkoop.Dsl.LanguageServer.Workspace;

/// <summary>An editor buffer: its URI as the client wrote it, the path the compiler knows it by, its version and text.</summary>
public sealed record OpenDocument(string Uri, string Path, int Version, string Text);
