using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>A message to a policy author, anchored at a precise location, with optional related locations.</summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    string Message,
    SourceLocation? Location,
    ImmutableArray<RelatedLocation> Related)
{
    public string Code => Descriptor.Code;

    public DiagnosticSeverity Severity => Descriptor.Severity;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The name a "Bedoelde u …?" message proposes, for an editor's quick fix; null when there is none.</summary>
    public string? Suggestion { get; init; }

    /// <summary>
    /// The file a diagnostic without a position is about (a file that cannot be read, a folder without policies), as
    /// the user named it; null when it concerns no file. SARIF and JSON place the finding at that file.
    /// </summary>
    public string? File { get; init; }

    /// <summary>The exact replacement that fixes this diagnostic, when there is exactly one; null otherwise.</summary>
    public SuggestedEdit? Edit { get; init; }

    /// <summary>"file(line,col): error ZI1001: message" — the form MSBuild, VS Code problem matchers and CI servers parse.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var where = Location is null ? "zorginkoop" : Location.ToDisplayString();
        return $"{where}: {severity} {Code}: {Message}";
    }
}

/// <summary>A second place that explains a diagnostic, such as "eerder gedeclareerd hier".</summary>
public sealed record RelatedLocation(SourceLocation Location, string Message);

/// <summary>A replacement an editor can apply as a quick fix: put <see cref="NewText"/> where <see cref="Span"/> is.</summary>
public sealed record SuggestedEdit(TextSpan Span, string NewText);
