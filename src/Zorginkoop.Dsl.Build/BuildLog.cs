using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Build;

/// <summary>
/// Reports policy diagnostics as MSBuild errors, warnings and messages with file, line, column and code, so
/// every logger prints them as "file(line,col): error ZI1001: …" and IDEs put them in their error lists.
/// </summary>
internal static class BuildLog
{
    // No subcategory: loggers would print it between location and "error", breaking the canonical form.
    private const string? Subcategory = null;

    /// <param name="fallbackFile">Where a diagnostic without a location belongs (the policy being built).</param>
    public static void Report(TaskLoggingHelper log, Diagnostic diagnostic, string fallbackFile)
    {
        // The end is left out (0) on purpose: loggers then print "file(line,col)", the same form as `zorginkoop check`,
        // which CI servers and problem matchers already parse; with an end they print "file(line,col,endLine,endCol)".
        var (file, line, column) = diagnostic.Location is { } location
            ? (Path.GetFullPath(location.Path), location.Start.Line + 1, location.Start.Character + 1)
            : (fallbackFile, 0, 0);
        const int endLine = 0, endColumn = 0;
        var message = diagnostic.Message + string.Concat(diagnostic.Related.Select(r => $" (zie {Path.GetFullPath(r.Location.Path)}({r.Location.Start.ToDisplayString()}): {r.Message})"));
        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error:
                log.LogError(Subcategory, diagnostic.Code, helpKeyword: null, file, line, column, endLine, endColumn, "{0}", message);
                break;
            case DiagnosticSeverity.Warning:
                log.LogWarning(Subcategory, diagnostic.Code, helpKeyword: null, file, line, column, endLine, endColumn, "{0}", message);
                break;
            default:
                log.LogMessage(Subcategory, diagnostic.Code, helpKeyword: null, file, line, column, endLine, endColumn, MessageImportance.Normal, "{0}", message);
                break;
        }
    }
}
