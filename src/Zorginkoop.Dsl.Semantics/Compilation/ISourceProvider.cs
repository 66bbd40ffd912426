using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Compilation;

/// <summary>Where policy texts come from: the file system for the command line, open editor buffers for the language server.</summary>
public interface ISourceProvider
{
    /// <summary>Loads the text at a full path, or says in Dutch why it cannot.</summary>
    SourceLoadResult Load(string fullPath, string displayPath);

    /// <summary>The folder whose tree the imports of the policy starting at <paramref name="entryFullPath"/> must stay in (<see cref="ImportRoot"/>).</summary>
    string ImportRootFor(string entryFullPath) => Path.GetDirectoryName(entryFullPath)!;

    /// <summary>How a file is named in diagnostics and results: by default relative to where the command runs.</summary>
    string DisplayPathOf(string fullPath) => PolicyLoader.DisplayPath(fullPath);

    /// <summary>
    /// The same, told whether the user named the entry policy by an absolute path. Only the file system keeps that
    /// form (<see cref="FileSystemSourceProvider"/>); editors and other sources name files their own way.
    /// </summary>
    string DisplayPathOf(string fullPath, bool entryGivenAbsolute) => DisplayPathOf(fullPath);
}

/// <summary>Either a text, or the reason there is none; <see cref="IsNotText"/> separates binary files from missing ones.</summary>
public sealed record SourceLoadResult(SourceText? Text, string? Error, bool IsNotText = false)
{
    public static SourceLoadResult Success(SourceText text) => new(text, null);

    public static SourceLoadResult Failure(string error, bool isNotText = false) => new(null, error, isNotText);
}
