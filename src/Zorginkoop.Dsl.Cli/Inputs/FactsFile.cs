using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Cli.Inputs;

/// <summary>
/// Reads a --facts file for a single evaluation as strict UTF-8. Every way it can fail becomes a catalogue diagnostic,
/// written by <see cref="DiagnosticWriter"/>: a folder, a missing or unreadable file, bytes that are not UTF-8 (which a lenient read would
/// turn into '�' inside a fact without a word).
/// </summary>
public static class FactsFile
{
    /// <summary>The facts of one provider are kilobytes; a file this large is the wrong file (or a device that never ends).</summary>
    public const long MaxBytes = 64 * 1024 * 1024;

    public static string? Read(string path, TextWriter error)
    {
        byte[] bytes;
        try
        {
            if (!StandardInput.Is(path) && Directory.Exists(path))
            {
                DiagnosticWriter.WriteLine(error, DiagnosticCatalog.FileNotFound(path, "dit is een map, geen bestand."));
                return null;
            }

            // --facts -: standard input, with the same checks on its bytes as on a file's.
            if ((StandardInput.Is(path) ? StandardInput.ReadAllBytes(MaxBytes) : BoundedFile.ReadAllBytes(path, MaxBytes)) is not { } read)
            {
                DiagnosticWriter.WriteLine(error, DiagnosticCatalog.FactsFileTooLarge(path, MaxBytes / (1024 * 1024)));
                return null;
            }

            bytes = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DiagnosticWriter.WriteLine(error, DiagnosticCatalog.FileNotFound(path, Problem(path, e)));
            return null;
        }

        if (FactEncoding.Decode(bytes, path, "dit bestand", out var notUtf8) is not { } text)
        {
            DiagnosticWriter.WriteLines(error, [notUtf8!]);
            return null;
        }

        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>
    /// Why a facts file could not be opened, in Dutch: the framework's own message is English and would end up in
    /// the middle of a Dutch diagnostic.
    /// </summary>
    public static string Problem(string path, Exception e) => e switch
    {
        _ when Directory.Exists(path) => "dit is een map, geen bestand.",
        FileNotFoundException or DirectoryNotFoundException => "het bestand bestaat niet.",
        UnauthorizedAccessException => "geen leesrechten.",
        PathTooLongException => "het pad is te lang.",
        _ => $"het besturingssysteem meldt een leesfout (foutcode {e.HResult & 0xFFFF}).",
    };
}
