using System.Text;

namespace Zorginkoop.Dsl.Reliability.Tests.Fuzzing;

/// <summary>
/// Frames that break the LSP base protocol (<c>Content-Length: n\r\n\r\n</c> and n bytes of JSON), for the
/// framing campaign: a header block without Content-Length, a length that is no number, negative, zero, over the
/// server's limit, too short or too long; two lengths that disagree; garbage header lines (text, control
/// characters, bytes that are not UTF-8, one line of 70 kB); LF-only, CR-only and mixed line ends; a missing blank
/// line; no header at all; and bodies that are cut off, not JSON, not UTF-8, a JSON-RPC batch or nested deep.
/// Lengths are never plausible and large at once: a server cannot tell 100 MB announced from 100 MB coming.
/// </summary>
internal sealed class MalformedFrameGenerator(Random random)
{
    /// <param name="Owed">Bytes the frame announced but did not send: the server reads that much of what follows as its body.</param>
    /// <param name="MustBeLogged">False when every oddity is one the protocol allows or the server reads past without a word (LF line ends, unknown headers).</param>
    public sealed record MalformedFrame(string Description, byte[] Bytes, int Owed, bool MustBeLogged);

    /// <summary>Oddities read as if the frame were right, and so not logged.</summary>
    private static readonly HashSet<string> ReadPast = ["alleen LF", "Content-Type", "kopregel met stuurtekens", "kopregel die geen UTF-8 is", "notificatie", "batch"];

    private const int ServerBodyLimit = 128 * 1024 * 1024;

    private static readonly string[] LineEnds = ["\r\n", "\n"];

    private int nextId = 1000;

    /// <summary>A frame with at least one oddity; most have one the server must log.</summary>
    public MalformedFrame Next()
    {
        while (true)
        {
            var frame = Any();
            if (frame.Description.Length > 0)
            {
                return frame;
            }
        }
    }

    private MalformedFrame Any()
    {
        var parts = new List<string>();
        var body = Body(parts);
        // A CR alone ends no line: the header block runs on into the body.
        var lineEnd = random.Next(10) == 0 ? "\r" : random.Next(4) == 0 ? "\n" : "\r\n";
        if (random.Next(8) == 0)
        {
            parts.Add("geen kopregels");
            return Made(parts, body, 0);
        }

        var header = new MemoryStream();
        void Line(string text) => Write(header, text + (lineEnd != "\r" && random.Next(6) == 0 ? LineEnds[random.Next(LineEnds.Length)] : lineEnd));

        if (lineEnd != "\r\n")
        {
            parts.Add(lineEnd == "\n" ? "alleen LF" : "alleen CR");
        }

        var owed = 0;
        var lengthLines = 0;
        foreach (var _ in Enumerable.Range(0, random.Next(1, 4)))
        {
            switch (random.Next(12))
            {
                case 0:
                    parts.Add("onzin-kopregel");
                    Line(Garbage(random.Next(1, 60)));
                    break;
                case 1:
                    parts.Add("kopregel met stuurtekens");
                    Line("X-Stuur: \u001b[31m\u0007\u0000" + Garbage(5));
                    break;
                case 2:
                    parts.Add("kopregel die geen UTF-8 is");
                    Write(header, "X-Latin: ");
                    header.Write([0xE9, 0xFF, 0xC3]);
                    Write(header, lineEnd);
                    break;
                case 3 when random.Next(4) == 0:
                    parts.Add("kopregel van 70 kB");
                    Line("X-Lang: " + new string('a', 70 * 1024));
                    break;
                case 4:
                    var latin = random.Next(3) == 0;
                    parts.Add(latin ? "Content-Type latin-1" : "Content-Type");
                    Line("Content-Type: application/vscode-jsonrpc; charset=" + (latin ? "latin-1" : "utf-8"));
                    break;
                default:
                    lengthLines++;
                    Line("Content-Length:" + (random.Next(3) == 0 ? "" : " ") + Length(body.Length, parts, ref owed));
                    break;
            }
        }

        if (lengthLines == 0)
        {
            parts.Add("zonder Content-Length");
        }

        if (random.Next(8) != 0)
        {
            Write(header, lineEnd);
        }
        else
        {
            parts.Add("zonder lege regel");
        }

        // With two length lines the server refuses the frame; what it then owes is nothing.
        return Made(parts, [.. header.ToArray(), .. body], lengthLines == 1 ? owed : 0);
    }

    private static MalformedFrame Made(List<string> parts, byte[] bytes, int owed) =>
        new(string.Join(", ", parts), bytes, owed, parts.Any(p => !ReadPast.Contains(p)));

    private string Length(int bodyLength, List<string> parts, ref int owed)
    {
        switch (random.Next(10))
        {
            case 0:
                parts.Add("lengte geen getal");
                return random.Next(3) switch { 0 => "veertig", 1 => bodyLength + "abc", _ => "0x" + bodyLength.ToString("X", System.Globalization.CultureInfo.InvariantCulture) };
            case 1:
                parts.Add("negatieve lengte");
                return "-" + bodyLength;
            case 2:
                parts.Add("lengte 0");
                return "0";
            case 3:
                parts.Add("lengte boven de grens");
                return random.Next(3) switch { 0 => "2147483648", 1 => "99999999999999999999999", _ => (ServerBodyLimit + 1L).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            case 4 when bodyLength > 1:
                parts.Add("lengte te kort");
                return random.Next(1, bodyLength).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case 5:
                var extra = random.Next(1, 300);
                parts.Add($"lengte {extra} te lang");
                owed = extra;
                return (bodyLength + extra).ToString(System.Globalization.CultureInfo.InvariantCulture);
            default:
                owed = 0;
                return bodyLength.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private byte[] Body(List<string> parts)
    {
        var request = $"{{\"jsonrpc\":\"2.0\",\"id\":{nextId++},\"method\":\"textDocument/documentSymbol\",\"params\":{{\"textDocument\":{{\"uri\":\"file:///nergens.zip\"}}}}}}";
        switch (random.Next(9))
        {
            case 0:
                parts.Add("afgebroken JSON");
                return Encoding.UTF8.GetBytes(request[..random.Next(1, request.Length - 1)]);
            case 1:
                parts.Add("geen JSON");
                return Encoding.UTF8.GetBytes(Garbage(random.Next(1, 200)));
            case 2:
                parts.Add("geen UTF-8");
                return [.. Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":\""), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\"}")];
            case 3:
                parts.Add("batch");
                return Encoding.UTF8.GetBytes($"[{request}]");
            case 4:
                parts.Add("diep genest");
                return Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{new string('[', 5000)}{new string(']', 5000)}}}");
            case 5:
                parts.Add("notificatie");
                return Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":1}}");
            default:
                return Encoding.UTF8.GetBytes(request);
        }
    }

    /// <summary>Printable text without a colon or a line end, so that it is nobody's header.</summary>
    private string Garbage(int length)
    {
        const string Characters = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789{}[]\"',.;-_=+!?é€";
        return new string([.. Enumerable.Range(0, length).Select(_ => Characters[random.Next(Characters.Length)])]);
    }

    private static void Write(MemoryStream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
}
