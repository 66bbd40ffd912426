using System.CommandLine;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Server.Configuration;
using Zorginkoop.Dsl.Server;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>
/// <c>zorginkoop serve &lt;map&gt; [--urls http://127.0.0.1:5080] [--engine …] [--decision-log f]</c>: the policies of a
/// folder as a decision service with the self-check page (docs/server.md). The key, if any, comes from the
/// environment variable ZORGINKOOP_API_KEY, never from the command line (where every user of the machine sees it).
/// </summary>
public static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("map") { Description = "De map met beleidsbestanden (.zip); *.test.zip wordt overgeslagen." };
        var urls = new Option<string>("--urls") { HelpName = "adressen", Description = "Waar de server luistert (standaard http://127.0.0.1:5080, alleen deze machine).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var engine = CommonOptions.Engine();
        var log = new Option<string?>("--decision-log") { HelpName = "bestand", Description = "Schrijf elke beslissing als JSON-regel naar dit bestand (standaard uit)." };
        var command = new Command("serve", "Bied de beleidsregels van een map aan als beslisservice, met een zelfcontrolepagina voor zorgaanbieders.") { folder, urls, engine, log };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                DiagnosticWriter.WriteLine(error, DiagnosticCatalog.FileNotFound(path, "de map bestaat niet."));
                return ExitCodes.Failure;
            }

            var options = new ServerOptions
            {
                Folder = path,
                Urls = parse.GetValue(urls)!,
                Engine = parse.GetValue(engine),
                DecisionLog = parse.GetValue(log),
                ApiKey = Environment.GetEnvironmentVariable("ZORGINKOOP_API_KEY"),
            };
            var app = ZorginkoopServer.Build(options);
            output.WriteLine($"zorginkoop serve: {path} op {options.Urls} (Ctrl+C stopt)");
            app.Run();
            return ExitCodes.Success;
        });
        return command;
    }
}
