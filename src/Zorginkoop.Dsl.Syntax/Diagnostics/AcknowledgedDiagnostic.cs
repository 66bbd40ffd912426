using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>
/// A warning the author acknowledged with <c>// erkend ZI5006: reden</c> on the line before it: not counted as a
/// warning, but listed by <c>check</c> and shown by the editor as a hint, so that none hides silently.
/// </summary>
public sealed record AcknowledgedDiagnostic(Diagnostic Warning, string Reason, SourceLocation Comment)
{
    public string Code => Warning.Code;

    /// <summary>"file(line,col): erkend ZI5006: reden" — the warning's place, its code and the author's reason.</summary>
    public override string ToString()
    {
        var where = Warning.Location is null ? "zorginkoop" : Warning.Location.ToDisplayString();
        return $"{where}: erkend {Code}: {Reason}";
    }
}
