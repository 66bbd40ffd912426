using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Text;
using Range = Zorginkoop.Dsl.LanguageServer.Protocol.Range;

namespace Zorginkoop.Dsl.LanguageServer.Workspace;

/// <summary>Translates the compiler's diagnostics into LSP diagnostics; related locations become relatedInformation.</summary>
public static class DiagnosticConverter
{
    public static LspDiagnostic ToLsp(Diagnostic diagnostic, DocumentAnalysis analysis) => new()
    {
        // A diagnostic about the file as a whole (it cannot be read, say) sits at its start.
        Range = diagnostic.Location is { } location ? PositionConverter.ToRange(location) : new Range(new Position(0, 0), new Position(0, 0)),
        Severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => DiagnosticSeverityCode.Error,
            DiagnosticSeverity.Warning => DiagnosticSeverityCode.Warning,
            _ => DiagnosticSeverityCode.Information,
        },
        Code = diagnostic.Code,
        Message = diagnostic.Message,
        RelatedInformation = diagnostic.Related.IsDefaultOrEmpty
            ? null
            : [.. diagnostic.Related.Select(r => new DiagnosticRelatedInformation
            {
                Location = new Location { Uri = analysis.UriOf(r.Location.Path), Range = PositionConverter.ToRange(r.Location) },
                Message = r.Message,
            })],
        Data = diagnostic.Suggestion is null && diagnostic.Edit is null ? null : new DiagnosticData
        {
            Suggestion = diagnostic.Suggestion,
            Edit = diagnostic is { Edit: { } edit, Location: { } at } ? new TextEdit { Range = PositionConverter.ToRange(at.Source, edit.Span), NewText = edit.NewText } : null,
        },
    };

    /// <summary>An acknowledged warning: a hint that says it was acknowledged and why, at the warning's place.</summary>
    public static LspDiagnostic ToLsp(AcknowledgedDiagnostic acknowledged, DocumentAnalysis analysis)
    {
        var hint = ToLsp(acknowledged.Warning, analysis);
        hint.Severity = DiagnosticSeverityCode.Hint;
        hint.Message = $"Erkend: {acknowledged.Reason} ({acknowledged.Warning.Message})";
        hint.Data = null;
        hint.RelatedInformation = [.. hint.RelatedInformation ?? [], new DiagnosticRelatedInformation
        {
            Location = ToLocation(acknowledged.Comment, analysis),
            Message = "erkend hier",
        }];
        return hint;
    }

    public static Location ToLocation(SourceLocation location, DocumentAnalysis analysis) =>
        new() { Uri = analysis.UriOf(location.Path), Range = PositionConverter.ToRange(location) };
}
