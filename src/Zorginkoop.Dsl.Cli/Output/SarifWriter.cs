using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, the SARIF viewers), valid for
/// Microsoft's <c>sarif-multitool validate</c>: URIs percent-encoded (a space or an accent in a path is SARIF1002
/// otherwise), relative paths against <c>%SRCROOT%</c> (the current folder, in <c>originalUriBaseIds</c>), a result
/// without a position placed at its file, the tool's version, and per rule the documentation of docs/diagnostics.md
/// as <c>fullDescription</c> and <c>help</c> (embedded at build time, so the two cannot drift apart).
/// </summary>
public static partial class SarifWriter
{
    public const string SourceRoot = "%SRCROOT%";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Documentation = new(ReadDocumentation);

    /// <summary>The project's address (MSBuild property <c>ZorginkoopProjectUrl</c>), or null when the build did not set one.</summary>
    public static string? ProjectUrl =>
        typeof(SarifWriter).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "ZorginkoopProjectUrl")?.Value is { Length: > 0 } url ? url : null;

    /// <summary>The version of this tool as built (InformationalVersion, without the source-revision suffix).</summary>
    public static string ToolVersion
    {
        get
        {
            var informational = typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? typeof(SarifWriter).Assembly.GetName().Version?.ToString() ?? "0.0.0";
            var plus = informational.IndexOf('+');
            return plus < 0 ? informational : informational[..plus];
        }
    }

    /// <param name="acknowledged">Warnings acknowledged in the source: results with an in-source suppression that gives the author's reason.</param>
    public static JsonObject ToSarif(IReadOnlyList<Diagnostic> diagnostics, string currentFolder, IReadOnlyList<AcknowledgedDiagnostic>? acknowledged = null)
    {
        acknowledged ??= [];
        var driver = new JsonObject
        {
            ["name"] = "zorginkoop",
            ["fullName"] = "Zorginkoop.Dsl zorginkoop check",
            ["version"] = ToolVersion,
            ["semanticVersion"] = ToolVersion,
        };
        if (ProjectUrl is { } url)
        {
            driver["informationUri"] = url;
        }

        driver["rules"] = new JsonArray([.. diagnostics.Concat(acknowledged.Select(a => a.Warning)).Select(d => d.Descriptor).Distinct().OrderBy(d => d.Code, StringComparer.Ordinal).Select(Rule)]);
        return new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject { ["driver"] = driver },
                ["originalUriBaseIds"] = new JsonObject
                {
                    [SourceRoot] = new JsonObject { ["uri"] = FileUri(currentFolder.EndsWith(Path.DirectorySeparatorChar) ? currentFolder : currentFolder + Path.DirectorySeparatorChar) },
                },
                ["columnKind"] = "utf16CodeUnits",
                ["results"] = new JsonArray([.. diagnostics.Select(Result), .. acknowledged.Select(Suppressed)]),
            }),
        };
    }

    /// <summary>
    /// A path as a URI reference: each segment percent-encoded (RFC 3986), '/' between them; an absolute path is a
    /// <c>file:</c> URI. Relative paths are relative to <see cref="SourceRoot"/>.
    /// </summary>
    public static string Uri(string path, out bool relative)
    {
        relative = !Path.IsPathRooted(path);
        return relative ? Encode(path) : FileUri(path);
    }

    private static string FileUri(string absolute)
    {
        var slashed = absolute.Replace('\\', '/');
        // C:/x on Windows becomes file:///C:/x; /x on Unix file:///x.
        return "file://" + (slashed.StartsWith('/') ? string.Empty : "/") + Encode(slashed);
    }

    private static string Encode(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(segment => segment.Length == 2 && segment[1] == ':' && char.IsAsciiLetter(segment[0])
            ? segment
            : System.Uri.EscapeDataString(segment)));

    private static JsonNode Rule(DiagnosticDescriptor descriptor)
    {
        var rule = new JsonObject
        {
            ["id"] = descriptor.Code,
            ["name"] = Name(descriptor.Title),
            ["shortDescription"] = new JsonObject { ["text"] = Sentence(descriptor.Title) },
        };
        if (Documentation.Value.TryGetValue(descriptor.Code, out var text))
        {
            rule["fullDescription"] = new JsonObject { ["text"] = Sentence(Plain(text)) };
            rule["help"] = new JsonObject { ["text"] = Sentence(Plain(text)), ["markdown"] = text };
        }

        if (ProjectUrl is { } url)
        {
            rule["helpUri"] = $"{url.TrimEnd('/')}/blob/main/docs/diagnostics.md#{Anchor(descriptor.Code, descriptor.Title)}";
        }

        rule["defaultConfiguration"] = new JsonObject { ["level"] = Level(descriptor.Severity) };
        return rule;
    }

    /// <summary>A readable rule name in Pascal case (SARIF1001: not the id again): "Onbekende naam" → "OnbekendeNaam".</summary>
    private static string Name(string title) =>
        string.Concat(title.Split([' ', '-', '\'', '(', ')', '/', ',', '.', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetterOrDigit)]))
            .Where(w => w.Length > 0)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static JsonNode Suppressed(AcknowledgedDiagnostic acknowledged)
    {
        var result = Result(acknowledged.Warning);
        result["suppressions"] = new JsonArray(new JsonObject { ["kind"] = "inSource", ["justification"] = acknowledged.Reason });
        return result;
    }

    private static JsonNode Result(Diagnostic diagnostic)
    {
        var result = new JsonObject
        {
            ["ruleId"] = diagnostic.Code,
            ["level"] = Level(diagnostic.Severity),
            ["message"] = new JsonObject { ["text"] = Sentence(diagnostic.Message) },
        };
        var path = diagnostic.Location?.Path ?? diagnostic.File;
        if (path is null)
        {
            // A finding about no file at all (a bad option): SARIF allows a result without a location, not an empty list.
            return result;
        }

        var artifact = new JsonObject { ["uri"] = Uri(path, out var relative) };
        if (relative)
        {
            artifact["uriBaseId"] = SourceRoot;
        }

        var physical = new JsonObject { ["artifactLocation"] = artifact };
        if (diagnostic.Location is { } at)
        {
            physical["region"] = new JsonObject
            {
                ["startLine"] = at.Start.Line + 1,
                ["startColumn"] = at.Start.Character + 1,
                ["endLine"] = at.End.Line + 1,
                ["endColumn"] = at.End.Character + 1,
            };
        }
        else
        {
            // A whole-file finding (SARIF2017): the region is the whole artifact, as bytes (0 for a file that is not there).
            physical["region"] = new JsonObject { ["byteOffset"] = 0, ["byteLength"] = WholeFileLength(path) };
        }

        result["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = physical });
        return result;
    }

    private static long WholeFileLength(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? info.Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>SARIF messages are sentences (SARIF2001): they end with a full stop.</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '?' or '!' ? trimmed : trimmed + ".";
    }

    /// <summary>The anchor GitHub gives "### ZI2003 — Title": lower case, punctuation dropped, spaces to hyphens.</summary>
    private static string Anchor(string code, string title)
    {
        var heading = $"{code} — {title}".ToLowerInvariant();
        var builder = new StringBuilder();
        foreach (var c in heading)
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('-');
            }
        }

        return System.Uri.EscapeDataString(builder.ToString());
    }

    private static string Plain(string markdown) => Emphasis().Replace(markdown.Replace("`", string.Empty), "$1").Replace('\n', ' ');

    /// <summary>The text under each "### ZIxxxx — Title" of docs/diagnostics.md, embedded in this assembly.</summary>
    private static IReadOnlyDictionary<string, string> ReadDocumentation()
    {
        using var stream = typeof(SarifWriter).Assembly.GetManifestResourceStream("diagnostics.md");
        if (stream is null)
        {
            return new Dictionary<string, string>();
        }

        var text = new StreamReader(stream, Encoding.UTF8).ReadToEnd().Replace("\r\n", "\n");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Heading().Matches(text))
        {
            var start = match.Index + match.Length;
            var next = text.IndexOf("\n#", start, StringComparison.Ordinal);
            var body = (next < 0 ? text[start..] : text[start..next]).Trim();
            if (body.Length > 0)
            {
                result.TryAdd(match.Groups["code"].Value, body);
            }
        }

        return result;
    }

    [GeneratedRegex(@"^### (?<code>ZI\d{4}) — [^\n]*\n", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\*([^*\n]+)\*")]
    private static partial Regex Emphasis();
}
