using System.CommandLine;
using System.Globalization;
using Zorginkoop.Dsl.Cli.Inputs;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>
/// <c>zorginkoop timeline &lt;beleid.zip&gt; [--on d] [--time t] [--party p] [--event id=d]… [--timeline naam]…
/// [--format text|json|ics]</c>: what is overdue, open and coming on a date, per party, or the planning as a calendar.
/// </summary>
public static class TimelineCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var policy = new Argument<string>("beleid") { Description = "Het beleidsbestand (.zip)." };
        var on = new Option<DateOnly?>("--on")
        {
            HelpName = "JJJJ-MM-DD",
            Description = "De datum waarop u kijkt (JJJJ-MM-DD); standaard vandaag in Nederland.",
            CustomParser = result => CommonOptions.ParseDate(result.Tokens.Single().Value, result),
        };
        var time = new Option<TimeOnly?>("--time")
        {
            HelpName = "UU:MM",
            Description = "Het tijdstip op die datum (UU:MM, Europe/Amsterdam); standaard 00:00, of nu als --on ontbreekt.",
            CustomParser = result => ParseTime(result.Tokens.Single().Value, result),
        };
        var party = new Option<string?>("--party") { HelpName = "partij", Description = "Alleen regels van deze partij (en wat daarop volgt), bijvoorbeeld Zorgaanbieder." };
        var events = new Option<string[]>("--event") { HelpName = "naam=JJJJ-MM-DD", Description = "Datum van een gebeurtenis: <regel of als-naam>=JJJJ-MM-DD (herhaal voor meer); eventueel <Tijdlijn>.<naam>." };
        var timelines = new Option<string[]>("--timeline") { HelpName = "tijdlijn", Description = "Alleen deze tijdlijn (herhaal voor meer); standaard alle." };
        var format = CommonOptions.Format("text", "json", "ics");
        var root = CommonOptions.Root();
        var command = new Command("timeline", "Toon de planning van een beleid op een datum: wat verstreken, open en in aantocht is, per partij; of exporteer een agenda (ics).")
        {
            policy, on, time, party, events, timelines, format, root,
        };
        command.SetAction(parse => Run(
            parse.GetValue(policy)!, parse.GetValue(on), parse.GetValue(time), parse.GetValue(party), parse.GetValue(events) ?? [], parse.GetValue(timelines) ?? [], parse.GetValue(format)!, output, error, parse.GetValue(root)));
        return command;
    }

    public static int Run(string policyPath, DateOnly? on, TimeOnly? time, string? party, IReadOnlyList<string> eventArguments, IReadOnlyList<string> timelineNames, string format, TextWriter output, TextWriter error, string? root = null)
    {
        var now = on is { } date ? date.ToDateTime(time ?? TimeOnly.MinValue) : time is { } t ? DateOnly.FromDateTime(AmsterdamTime.Now()).ToDateTime(t) : AmsterdamTime.Now();

        // The planning as it stood on that day: amendments add, move and remove rows. Opened as evaluate and addendum
        // open a policy (its errors reported the same way); one question does not repay a Roslyn build, so the
        // interpreter answers it, as for addendum (docs/cli.md).
        var request = new EvaluationRequest(policyPath, DateOnly.FromDateTime(now), Engine.Interpreter) { ReadsFacts = false, Root = root };
        if (EvaluationSetUp.Open(request, error, out var exitCode) is not { } session)
        {
            return exitCode;
        }

        if (session.MissingTimelines() is { } noTimelines)
        {
            DiagnosticWriter.WriteLine(error, noTimelines);
            return ExitCodes.Failure;
        }

        var listing = TimelineListing.Query(session.Policy, policyPath, now, party, eventArguments, timelineNames);
        if (listing.Problems.Count > 0)
        {
            DiagnosticWriter.WriteLines(error, listing.Problems);
            return ExitCodes.Usage;
        }

        var (header, reports) = (listing.Header!, listing.Reports);
        switch (format)
        {
            case "json":
                TimelineJsonWriter.Write(output, header, reports);
                break;
            case "ics":
                IcsCalendarWriter.Write(output, header, reports);
                break;
            default:
                TimelineTextWriter.Write(output, header, reports);
                break;
        }

        return ExitCodes.Success;
    }

    private static TimeOnly? ParseTime(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH.mm", "H.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        result.AddError($"'{text}' is geen tijd; gebruik UU:MM, bijvoorbeeld 13:00.");
        return null;
    }
}
