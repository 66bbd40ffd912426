using System.Text;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>
/// Reads a --facts file for a single evaluation as strict UTF-8. Every way it can fail becomes a Dutch message on
/// the error writer: a folder, a missing or unreadable file, bytes that are not UTF-8 (which a lenient read would
/// turn into '�' inside a fact without a word).
/// </summary>
public static class FactsFile
{
    /// <summary>The facts of one provider are kilobytes; a file this large is the wrong file (or a device that never ends).</summary>
    public const long MaxBytes = 64 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, TextWriter error)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                error.WriteLine(DiagnosticCatalog.FileNotFound(path, "dit is een map, geen bestand.").ToString());
                return null;
            }

            if (BoundedFile.ReadAllBytes(path, MaxBytes) is not { } read)
            {
                error.WriteLine(new FactError(FactErrorCodes.InvalidJson, path, string.Empty, $"Dit bestand is groter dan {MaxBytes / (1024 * 1024)} MB; gegevens van één zorgaanbieder passen ruim in minder. Een batch hoort in een .jsonl- of .csv-bestand, dat zonder grens wordt gelezen.").ToString());
                return null;
            }

            bytes = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "het bestand bestaat niet.",
                UnauthorizedAccessException => "geen leesrechten.",
                _ => e.Message,
            };
            error.WriteLine(DiagnosticCatalog.FileNotFound(path, reason).ToString());
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            error.WriteLine(new FactError(FactErrorCodes.InvalidJson, path, string.Empty, $"Dit is geen geldige JSON: het is geen geldige UTF-8 (byte {e.Index} klopt niet); sla het bestand op als UTF-8.").ToString());
            return null;
        }
    }
}
