namespace Zorginkoop.Dsl.Architecture.Tests;

/// <summary>One folder using another, with the first place it does so, so a failure points at a line to change.</summary>
public sealed record FolderUse(SourceFolder User, SourceFolder Used, string Example, int Count);
