using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Runtime.Results;

namespace Zorginkoop.Dsl.Cli.Output;

/// <summary>
/// A readable table per requirement set: outcome, requirement, source sentence, and below it the values that
/// decided it or the facts that were missing.
/// </summary>
public static class EvaluationTextWriter
{
    private const int OutcomeWidth = 31;

    public static void Write(TextWriter output, IEnumerable<RequirementSetResult> results)
    {
        // Sentences, titles and values come from the policy and the facts: shown, never obeyed by the terminal.
        output = TerminalSafeWriter.Over(output);
        var first = true;
        foreach (var set in results)
        {
            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            WriteSet(output, set, string.Empty);
        }
    }

    private static void WriteSet(TextWriter output, RequirementSetResult set, string indent)
    {
        output.WriteLine($"{indent}{set.Name}: {OutcomeCodes.Dutch(set.Outcome, set.Resolution).ToUpperInvariant()}");
        if (set.Outcome == Runtime.Values.Outcome.NotApplicable)
        {
            // Why it does not apply is enough; there are no requirement outcomes to show.
            foreach (var evidence in set.ApplicabilityEvidence)
            {
                output.WriteLine($"{indent}  geldt voor: {evidence}");
            }

            return;
        }

        if (set.Title is not null)
        {
            output.WriteLine($"{indent}  {set.Title}");
        }

        foreach (var evidence in set.ApplicabilityEvidence)
        {
            output.WriteLine($"{indent}  geldt voor: {evidence}");
        }

        if (set.MissingFacts.Count > 0)
        {
            output.WriteLine($"{indent}  ontbrekende gegevens: {string.Join(", ", set.MissingFacts)}");
        }

        foreach (var reason in set.NotApplicableParts)
        {
            output.WriteLine($"{indent}  reden: {reason}");
        }

        if (set.DiscretionReason is { Length: > 0 } discretion)
        {
            output.WriteLine($"{indent}  ter beoordeling: \"{discretion}\"");
        }

        foreach (var evidence in set.DiscretionEvidence)
        {
            output.WriteLine($"{indent}  {evidence}");
        }

        // Included sets are listed with their own details elsewhere in the output; here their verdict suffices.
        foreach (var included in set.Included)
        {
            output.WriteLine($"{indent}  {OutcomeCodes.Dutch(included.Outcome, included.Resolution).PadRight(OutcomeWidth)} omvat {included.Name}"
                + (included.MissingFacts.Count > 0 ? $" (ontbrekende gegevens: {string.Join(", ", included.MissingFacts)})" : string.Empty));
        }

        foreach (var requirement in set.Requirements)
        {
            WriteRequirement(output, requirement, indent + "  ");
        }
    }

    private static void WriteRequirement(TextWriter output, RequirementResult requirement, string indent)
    {
        var outcome = OutcomeCodes.Dutch(requirement.Outcome, requirement.Resolution).PadRight(OutcomeWidth);
        output.WriteLine($"{indent}{outcome} {requirement.Path}  ({requirement.Location})");
        var detail = indent + new string(' ', OutcomeWidth + 1);
        if (requirement.Sentence is not null)
        {
            output.WriteLine($"{detail}\"{requirement.Sentence}\"");
        }

        foreach (var evidence in requirement.Evidence)
        {
            output.WriteLine($"{detail}- {evidence}");
        }

        if (requirement.ExceptionDescription is not null)
        {
            output.WriteLine($"{detail}uitzondering: {requirement.ExceptionDescription}");
        }

        if (requirement.DiscretionReason is { Length: > 0 } discretion)
        {
            output.WriteLine($"{detail}ter beoordeling: \"{discretion}\"");
        }

        if (requirement.MissingFacts.Count > 0)
        {
            output.WriteLine($"{detail}ontbrekende gegevens: {string.Join(", ", requirement.MissingFacts)}");
        }

        foreach (var child in requirement.Children)
        {
            WriteRequirement(output, child, indent + "  ");
        }
    }
}
