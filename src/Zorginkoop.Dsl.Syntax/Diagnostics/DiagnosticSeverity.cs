namespace Zorginkoop.Dsl.Syntax.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
