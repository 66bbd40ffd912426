using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Inputs;

/// <summary>What an evaluating command asks of a policy before it evaluates anything.</summary>
internal sealed record EvaluationRequest(string PolicyPath, DateOnly AsOf, Engine Engine)
{
    /// <summary>Requirement sets named with <c>--set</c>; all of them when empty.</summary>
    public IReadOnlyList<string> RequirementSets { get; init; } = [];

    /// <summary>The addendum (or contract) named with <c>--name</c> or <c>--addendum</c>.</summary>
    public string? Addendum { get; init; }

    /// <summary>Whether facts will be read, so the policy needs a subject to read them into.</summary>
    public bool ReadsFacts { get; init; } = true;

    /// <summary>The folder imports must stay inside (<c>--root</c>); the entry policy's folder when null.</summary>
    public string? Root { get; init; }
}

/// <summary>
/// The evaluation set-up of <c>evaluate</c>, a batch and <c>addendum</c>, written once: open the policy as of the
/// date with the chosen engine (<see cref="EvaluationSession"/>), then report its errors, a missing subject and
/// names that do not exist through <see cref="DiagnosticWriter"/>, with the exit code a script can act on.
/// </summary>
internal static class EvaluationSetUp
{
    /// <returns>The session, or null with the exit code to return when something was reported.</returns>
    public static EvaluationSession? Open(EvaluationRequest request, TextWriter error, out int exitCode)
    {
        var session = EvaluationSession.Open(request.PolicyPath, request.Engine, request.AsOf, PolicyPaths.Sources(request.Root), EngineReporting.Options(error));
        if (session.HasErrors)
        {
            DiagnosticWriter.Write(error, "text", DiagnosticWriter.Distinct(session.Diagnostics), session.Policy.Files.Length);
            exitCode = ExitCodes.Failure;
            return null;
        }

        if (request.ReadsFacts && (request.Addendum is null ? session.MissingSubject() : session.MissingSubjectForFacts()) is { } noSubject)
        {
            DiagnosticWriter.WriteLine(error, noSubject);
            exitCode = ExitCodes.Failure;
            return null;
        }

        Diagnostic[] unknown =
        [
            .. session.UnknownRequirementSets(request.RequirementSets),
            .. request.Addendum is { } name && session.UnknownAddendum(name) is { } addendum ? [addendum] : Array.Empty<Diagnostic>(),
        ];
        if (unknown.Length > 0)
        {
            DiagnosticWriter.WriteLines(error, unknown);
            exitCode = ExitCodes.Usage;
            return null;
        }

        exitCode = ExitCodes.Success;
        return session;
    }
}
