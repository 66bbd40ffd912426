using System.Text;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>
/// Reads a --facts file for a single evaluation as strict UTF-8. Every way it can fail becomes a Dutch message on
/// the error writer: a folder, a missing or unreadable file, bytes that are not UTF-8 (which a lenient read would
/// turn into '�' inside a fact without a word).
/// </summary>
public static class FactsFile
{
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

            bytes = File.ReadAllBytes(path);
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
