namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>What a diagnostic code stands for: its stable code, default severity and a short Dutch title.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title);
