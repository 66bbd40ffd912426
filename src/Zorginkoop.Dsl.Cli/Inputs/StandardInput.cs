using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Cli.Inputs;

/// <summary>
/// <c>-</c> as a path, the convention of POSIX tools and the .NET SDK: <c>--facts -</c> and <c>check -</c> read
/// standard input, <c>--output -</c> writes standard output. A file that is really named <c>-</c> is reached as
/// <c>./-</c>.
/// </summary>
public static class StandardInput
{
    public const string Dash = "-";

    /// <summary>How standard input is named in diagnostics (as GCC and Clang name it).</summary>
    public const string DisplayName = "<stdin>";

    public static bool Is(string? path) => path == Dash;

    /// <summary>Standard input as a stream of bytes (a pipe: no length, not seekable).</summary>
    public static Stream Open() => Console.OpenStandardInput();

    /// <summary>All of standard input, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadAllBytes(long maxBytes)
    {
        using var stream = Open();
        return BoundedFile.ReadAllBytes(stream, maxBytes);
    }

    /// <summary>
    /// Sources for <c>check -</c>: the entry policy is standard input (read once), its imports come from disk
    /// relative to the current folder, as for a policy file in it.
    /// </summary>
    public sealed class PolicySource(ISourceProvider disk) : ISourceProvider
    {
        public static readonly string EntryPath = Path.GetFullPath(Dash);

        private SourceLoadResult? entry;

        public string ImportRootFor(string entryFullPath) => disk.ImportRootFor(entryFullPath);

        public SourceLoadResult Load(string path, string display)
        {
            if (path != EntryPath)
            {
                return disk.Load(path, display);
            }

            return entry ??= ReadAllBytes(FileSystemSourceProvider.MaxFileBytes) is { } bytes
                ? FileSystemSourceProvider.Decode(bytes, DisplayName)
                : SourceLoadResult.Failure($"de invoer is groter dan {FileSystemSourceProvider.MaxFileBytes / (1024 * 1024)} MB, het grootste dat een beleidsbestand mag zijn.", isNotText: true);
        }
    }
}
