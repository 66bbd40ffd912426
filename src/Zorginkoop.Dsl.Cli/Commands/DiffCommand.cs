using System.CommandLine;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Cli.Inputs;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Versions;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>
/// <c>zorginkoop diff &lt;oud.zip&gt; &lt;nieuw.zip&gt;</c> or <c>zorginkoop diff &lt;beleid.zip&gt; --from d --to d</c>:
/// what changed between two versions, by meaning, as text, a markdown change table or JSON. Two files are
/// compared as published unless --from/--to give their dates; one file is compared as published (or on --from)
/// with the policy on --to (default: today).
/// </summary>
public static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("beleid")
        {
            Description = "Het oude en het nieuwe beleidsbestand (.zip), of één beleidsbestand met --from en --to.",
            Arity = new ArgumentArity(1, 2),
        };
        var fromOption = new Option<DateOnly?>("--from")
        {
            HelpName = "JJJJ-MM-DD",
            Description = "Datum van de oude versie (JJJJ-MM-DD): het beleid zoals het toen gold. Standaard: zoals gepubliceerd.",
            CustomParser = result => CommonOptions.ParseDate(result.Tokens.Single().Value, result),
        };
        var toOption = new Option<DateOnly?>("--to")
        {
            HelpName = "JJJJ-MM-DD",
            Description = "Datum van de nieuwe versie (JJJJ-MM-DD). Standaard: zoals gepubliceerd bij twee bestanden, vandaag bij één.",
            CustomParser = result => CommonOptions.ParseDate(result.Tokens.Single().Value, result),
        };
        var format = CommonOptions.Format("text", "markdown", "json");
        var root = CommonOptions.Root();
        var command = new Command("diff", "Vergelijk twee versies van een beleid naar betekenis: eisen, addenda, definities en tijdlijnregels die nieuw, vervallen of gewijzigd zijn.")
        {
            paths, fromOption, toOption, format, root,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(fromOption), parse.GetValue(toOption), parse.GetValue(format)!, output, error, parse.GetValue(root)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, DateOnly? from, DateOnly? to, string format, TextWriter output, TextWriter error, string? root = null)
    {
        var oldPath = paths[0];
        var newPath = paths.Count > 1 ? paths[1] : paths[0];
        if (paths.Count == 1)
        {
            to ??= DateOnly.FromDateTime(DateTime.Today);
        }

        var older = PolicyCompilation.Compile(oldPath, PolicyPaths.Sources(root), asOf: from);
        var newer = PolicyCompilation.Compile(newPath, PolicyPaths.Sources(root), asOf: to);
        var problems = DiagnosticWriter.Distinct(older.Diagnostics.Concat(newer.Diagnostics).Where(d => d.IsError));
        if (problems.Count > 0)
        {
            // A policy with errors has no reliable meaning to compare.
            DiagnosticWriter.Write(error, "text", problems, paths.Count);
            return ExitCodes.Failure;
        }

        var diff = PolicyComparer.Compare(older, newer);
        switch (format)
        {
            case "markdown":
                DiffMarkdownWriter.Write(output, diff);
                break;
            case "json":
                DiffJsonWriter.Write(output, diff);
                break;
            default:
                DiffTextWriter.Write(output, diff);
                break;
        }

        return ExitCodes.Success;
    }
}
