using System.Text;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Compilation;

/// <summary>
/// Reads policy files from disk as strict UTF-8. A real ZIP archive, a file with NUL bytes or invalid UTF-8 is
/// refused with a reason instead of being parsed as garbage.
/// </summary>
/// <param name="importRoot">The folder every import must stay in (<see cref="ImportRoot"/>); null for the entry policy's own folder.</param>
public sealed class FileSystemSourceProvider(string? importRoot = null, string? displayRoot = null) : ISourceProvider
{
    /// <summary>Far above any real policy (the largest seed is 66 kB); keeps a stray huge file from stalling an editor.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    public static readonly FileSystemSourceProvider Instance = new();

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string ImportRootFor(string entryFullPath) => importRoot ?? Path.GetDirectoryName(entryFullPath)!;

    /// <summary>
    /// Relative to <c>displayRoot</c> when one is given (the server names files below the folder it serves, whatever
    /// its working directory), else to where the command runs.
    /// </summary>
    public string DisplayPathOf(string fullPath)
    {
        if (displayRoot is null)
        {
            return PolicyLoader.DisplayPath(fullPath);
        }

        var relative = Path.GetRelativePath(displayRoot, fullPath);
        return Path.IsPathRooted(relative) ? fullPath : relative.Replace('\\', '/');
    }

    /// <summary>
    /// An entry named by an absolute path keeps its files absolute, as the user wrote it (a script that passes
    /// <c>$PWD/beleid.zip</c> gets back the paths it can use anywhere); without <c>displayRoot</c> only.
    /// </summary>
    public string DisplayPathOf(string fullPath, bool entryGivenAbsolute) =>
        displayRoot is null && entryGivenAbsolute ? fullPath : DisplayPathOf(fullPath);

    public SourceLoadResult Load(string fullPath, string displayPath)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                return SourceLoadResult.Failure(Directory.Exists(fullPath) ? "dit is een map, geen bestand." : "het bestand bestaat niet.");
            }

            if (info.Length > MaxFileBytes)
            {
                return SourceLoadResult.Failure($"het bestand is {info.Length / (1024 * 1024)} MB; een beleidsbestand mag hoogstens {MaxFileBytes / (1024 * 1024)} MB zijn.", isNotText: true);
            }

            // Devices and pipes report no length (or 0) and may never end; the read itself stops at the limit.
            if (BoundedFile.ReadAllBytes(fullPath, MaxFileBytes) is not { } read)
            {
                return SourceLoadResult.Failure($"het bestand is groter dan {MaxFileBytes / (1024 * 1024)} MB, het grootste dat een beleidsbestand mag zijn.", isNotText: true);
            }

            bytes = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SourceLoadResult.Failure(e is UnauthorizedAccessException ? "geen leesrechten." : e.Message);
        }

        return Decode(bytes, displayPath);
    }

    public static SourceLoadResult Decode(byte[] bytes, string displayPath)
    {
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] is 3 or 5 or 7)
        {
            return SourceLoadResult.Failure("het is een echt ZIP-archief", isNotText: true);
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            return SourceLoadResult.Failure($"het bevat binaire gegevens (een nul-byte op positie {nul})", isNotText: true);
        }

        try
        {
            var content = StrictUtf8.GetString(bytes);
            // An empty file is almost always a mistake (a failed save, the wrong file); checking it would say "0 fouten".
            return string.IsNullOrWhiteSpace(content.TrimStart('\uFEFF'))
                ? SourceLoadResult.Failure("het bestand is leeg; een beleidsbestand bevat ten minste één declaratie, zoals 'beleid', 'gegevens' of 'eisen'", isNotText: true)
                : SourceLoadResult.Success(new SourceText(displayPath, content));
        }
        catch (DecoderFallbackException e)
        {
            return SourceLoadResult.Failure($"het is geen geldige UTF-8 (byte {e.Index} klopt niet); sla het bestand op als UTF-8", isNotText: true);
        }
    }
}
