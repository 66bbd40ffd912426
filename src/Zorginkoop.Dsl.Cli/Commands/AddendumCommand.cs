using System.CommandLine;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Cli.Inputs;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>
/// <c>zorginkoop addendum &lt;beleid.zip&gt; --name &lt;addendum|eisen&gt; --request-date d [--facts f] [--format text|json]</c>:
/// whether a provider qualifies for an addendum (or contract) and from which date it starts.
/// <c>zorginkoop evaluate … --addendum X --request-date d</c> runs the same.
/// </summary>
public static class AddendumCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var policy = new Argument<string>("beleid") { Description = "Het beleidsbestand (.zip)." };
        var name = new Option<string>("--name") { HelpName = "naam", Description = "Het addendum, of eisen met een ingangsdatum (een overeenkomst).", Required = true };
        var requestDate = RequestDate();
        requestDate.Required = true;
        var facts = new Option<string?>("--facts") { HelpName = "bestand", Description = "JSON-bestand met de gegevens van de zorgaanbieder; zonder alleen de ingangsdatum." };
        var on = CommonOptions.On();
        var format = CommonOptions.Format("text", "json");
        var root = CommonOptions.Root();
        var command = new Command("addendum", "Bepaal of een zorgaanbieder in aanmerking komt voor een addendum of overeenkomst, en per wanneer het ingaat.")
        {
            policy, name, requestDate, facts, on, format, root,
        };
        command.SetAction(parse => Run(
            parse.GetValue(policy)!, parse.GetValue(name)!, parse.GetValue(requestDate)!.Value, parse.GetValue(facts), parse.GetValue(on), parse.GetValue(format)!, output, error, parse.GetValue(root)));
        return command;
    }

    public static Option<DateOnly?> RequestDate() => new("--request-date")
    {
        HelpName = "JJJJ-MM-DD",
        Description = "De datum van de aanvraag (JJJJ-MM-DD).",
        CustomParser = result => CommonOptions.ParseDate(result.Tokens.Single().Value, result),
    };

    /// <summary><c>evaluate --addendum</c>: the same question, where --request-date is required only with --addendum.</summary>
    public static int RunFromEvaluate(string policyPath, string name, DateOnly? requestDate, string factsPath, DateOnly? on, string format, TextWriter output, TextWriter error, string? root = null)
    {
        if (requestDate is not { } date)
        {
            DiagnosticWriter.WriteLine(error, DiagnosticCatalog.AddendumWithoutRequestDate());
            return ExitCodes.Usage;
        }

        return Run(policyPath, name, date, factsPath, on, format, output, error, root);
    }

    public static int Run(string policyPath, string name, DateOnly requestDate, string? factsPath, DateOnly? on, string format, TextWriter output, TextWriter error, string? root = null)
    {
        // One question does not repay a Roslyn build: addenda are answered by the interpreter (docs/cli.md).
        var engine = Engine.Interpreter;

        // The policy as it stood on the day asked about (default: the request date), with the amendments then in force.
        var date = on ?? requestDate;
        var request = new EvaluationRequest(policyPath, date, engine) { Addendum = name, ReadsFacts = factsPath is not null, Root = root };
        if (EvaluationSetUp.Open(request, error, out var exitCode) is not { } session)
        {
            return exitCode;
        }

        FactRecord? facts = null;
        if (factsPath is not null)
        {
            if (FactsFile.Read(factsPath, error) is not { } json)
            {
                return ExitCodes.Failure;
            }

            var (read, errors) = FactReader.Parse(json, session.Subject!, factsPath);
            if (errors.Count > 0 || read is null)
            {
                DiagnosticWriter.WriteLines(error, errors);
                return ExitCodes.Failure;
            }

            facts = read;
        }

        var result = session.Addenda.EvaluateAddendum(name, facts, requestDate, new EvaluationInputs(date));
        if (format == "json")
        {
            AddendumJsonWriter.Write(output, policyPath, result);
        }
        else
        {
            WriteText(output, result);
        }

        return ExitCodes.Success;
    }

    private static void WriteText(TextWriter output, AddendumResult result)
    {
        // Sentences, titles and values come from the policy and the facts: shown, never obeyed by the terminal.
        output = TerminalSafeWriter.Over(output);
        var kind = result.IsContract ? "Overeenkomst (eisen)" : "Addendum";
        output.WriteLine($"{kind} {result.Name}{(result.Title is null ? string.Empty : $" \"{result.Title}\"")} — {result.Location}");
        output.WriteLine($"  aangevraagd op:  {Runtime.Values.DutchFormat.Date(result.RequestDate)}");
        var start = result.StartDate is { } date
            ? $"{Runtime.Values.DutchFormat.Weekday(date)} {Runtime.Values.DutchFormat.Date(date)}"
            : result.StartDateRule is null ? "het beleid geeft geen ingangsdatum" : "onbekend (de regel hangt af van ontbrekende gegevens)";
        output.WriteLine($"  ingangsdatum:    {start}{(result.StartDateRule is null ? string.Empty : $"  ({result.StartDateRule})")}");
        if (result.Terms.Term is { } term)
        {
            output.WriteLine($"  looptijd:        {term}");
        }

        if (result.Terms.OfferText is { } offer)
        {
            output.WriteLine($"  aanbod:          {offer}");
        }

        if (result.Terms.NegotiableText is { } negotiable)
        {
            output.WriteLine($"  onderhandelbaar: {negotiable}");
        }

        output.WriteLine($"  in aanmerking:   {AddendumJsonWriter.EligibilityText(result)}");
        foreach (var reason in result.NotApplicableParts)
        {
            output.WriteLine($"  reden:           {reason}");
        }
        if (result.MissingFacts.Count > 0)
        {
            output.WriteLine($"  ontbrekende gegevens: {string.Join(", ", result.MissingFacts)}");
        }

        for (var i = 0; i < result.RequiredContracts.Count; i++)
        {
            // `vereist overeenkomst A of B`: each is shown, and said to be one of the line's alternatives.
            var alternatives = result.ContractAlternatives is { } lines
                ? result.RequiredContracts.Where((_, j) => lines[j] == lines[i]).Select(c => c.Name).ToList()
                : [];
            output.WriteLine();
            output.WriteLine(alternatives.Count > 1 ? $"Vereiste overeenkomst (één van {string.Join(" of ", alternatives)} volstaat):" : "Vereiste overeenkomst:");
            EvaluationTextWriter.Write(output, [result.RequiredContracts[i]]);
        }

        if (result.OwnRequirements is { } own && (own.Requirements.Count > 0 || own.Included.Count > 0 || own.Outcome == Runtime.Values.Outcome.NotApplicable))
        {
            output.WriteLine();
            output.WriteLine(result.IsContract ? "Eisen:" : "Eigen eisen van het addendum:");
            EvaluationTextWriter.Write(output, [own]);
        }
    }
}
