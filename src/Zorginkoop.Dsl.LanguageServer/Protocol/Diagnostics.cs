namespace Zorginkoop.Dsl.LanguageServer.Protocol;

public sealed class PublishDiagnosticsParams
{
    public string Uri { get; set; } = string.Empty;

    public int? Version { get; set; }

    public List<LspDiagnostic> Diagnostics { get; set; } = [];
}

/// <summary>An LSP diagnostic (named apart from the compiler's <c>Diagnostic</c>).</summary>
public sealed class LspDiagnostic
{
    public Range Range { get; set; } = new();

    /// <summary>1 error, 2 warning, 3 information, 4 hint.</summary>
    public int Severity { get; set; }

    public string? Code { get; set; }

    public string Source { get; set; } = "zorginkoop";

    public string Message { get; set; } = string.Empty;

    public List<DiagnosticRelatedInformation>? RelatedInformation { get; set; }

    /// <summary>Comes back with a code action request: what the quick fixes need.</summary>
    public DiagnosticData? Data { get; set; }
}

public sealed class DiagnosticRelatedInformation
{
    public Location Location { get; set; } = new();

    public string Message { get; set; } = string.Empty;
}

public sealed class DiagnosticData
{
    /// <summary>The name a "Bedoelde u …?" message proposes.</summary>
    public string? Suggestion { get; set; }

    /// <summary>The one replacement that fixes the diagnostic (a character pasted from a PDF, "80 procent" → "80%").</summary>
    public TextEdit? Edit { get; set; }
}

public static class DiagnosticSeverityCode
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}
