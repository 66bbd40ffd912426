using System.CommandLine;
using System.Text;
using Zorginkoop.Dsl.Cli.Inputs;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Publishing.Composition;
using Zorginkoop.Dsl.Publishing.Printing;
using Zorginkoop.Dsl.Publishing.Rendering;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.FileSystem;
using Zorginkoop.Dsl.Semantics.Versions;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>
/// <c>zorginkoop publish &lt;beleid.zip&gt;</c>: the policy as the document providers read, made from the same text
/// the evaluators are compiled from (docs/cli.md). HTML and Markdown go to standard output or to
/// <c>&lt;output&gt;/&lt;naam&gt;.html|.md</c>; a PDF is the HTML printed by headless Chromium.
/// </summary>
public static class PublishCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var policy = new Argument<string>("beleid") { Description = "Het beleidsbestand (.zip)." };
        var on = new Option<DateOnly?>("--on")
        {
            HelpName = "JJJJ-MM-DD",
            Description = "Het beleid zoals het op die datum geldt (JJJJ-MM-DD), met de wijzigingen tot en met die dag; standaard vandaag.",
            CustomParser = result => CommonOptions.ParseDate(result.Tokens.Single().Value, result),
        };
        var outputFolder = new Option<string?>("--output") { HelpName = "map", Description = "Map voor het document (<naam>.html, .md of .pdf). Zonder: html en markdown naar standaarduitvoer, pdf in de huidige map." };
        var format = CommonOptions.Format("html", "pdf", "markdown");
        var compare = new Option<string?>("--compare") { HelpName = "bestand", Description = "Een vorige versie (.zip): voeg het overzicht van wijzigingen toe (Onderwerp / Oud / Nieuw), zoals 'zorginkoop diff' het vindt." };
        var withCode = new Option<bool>("--with-code") { Description = "Beleid en code: zet bij elke eis de regel naast de zin." };
        var root = CommonOptions.Root();
        var command = new Command("publish", "Maak het inkoopbeleid als document (html, pdf of markdown) uit het beleidsbestand: wijzigingen, planning, minimumeisen en addenda.")
        {
            policy, on, outputFolder, format, compare, withCode, root,
        };
        command.SetAction(parse => Run(
            parse.GetValue(policy)!, parse.GetValue(on), parse.GetValue(outputFolder), parse.GetValue(format)!, parse.GetValue(compare), parse.GetValue(withCode), output, error, parse.GetValue(root)));
        return command;
    }

    public static int Run(string policyPath, DateOnly? on, string? outputFolder, string format, string? comparePath, bool withCode, TextWriter output, TextWriter error, string? root = null)
    {
        // --output -: the document on standard output (html and markdown go there without --output too).
        var toStdout = StandardInput.Is(outputFolder);
        outputFolder = toStdout ? null : outputFolder;
        var date = on ?? DateOnly.FromDateTime(AmsterdamTime.Now());
        var policy = PolicyCompilation.Compile(policyPath, PolicyPaths.Sources(root), asOf: date);
        var older = comparePath is null ? null : PolicyCompilation.Compile(comparePath, PolicyPaths.Sources(root));
        var problems = DiagnosticWriter.Distinct(policy.Diagnostics.Concat(older?.Diagnostics ?? []).Where(d => d.IsError));
        if (problems.Count > 0)
        {
            // A document of a policy with errors would publish something the evaluators do not decide.
            DiagnosticWriter.Write(error, "text", problems, policy.Files.Length + (older?.Files.Length ?? 0));
            return ExitCodes.Failure;
        }

        // Checked before anything is written, so a missing browser leaves no half-made output behind.
        string? browser = null;
        if (format == "pdf")
        {
            (browser, var missing) = ChromiumPrinter.Find();
            if (missing is not null)
            {
                DiagnosticWriter.WriteLine(error, missing);
                return ExitCodes.Failure;
            }
        }

        var document = DocumentBuilder.Build(policy, older is null ? null : PolicyComparer.Compare(older, policy), withCode);
        var name = Path.GetFileNameWithoutExtension(policyPath);
        switch (format)
        {
            case "markdown":
                return Emit(MarkdownRenderer.Render(document), outputFolder, name + ".md", output, error);
            case "html":
                return Emit(HtmlRenderer.Render(document), outputFolder, name + ".html", output, error);
        }

        var folder = outputFolder ?? ".";
        var pdfPath = Path.Combine(folder, name + ".pdf");
        var scratch = Directory.CreateTempSubdirectory("zorginkoop-publish-");
        try
        {
            // Chromium prints a file; the HTML is written beside nothing of the user's, and removed afterwards.
            var htmlPath = Path.Combine(scratch.FullName, name + ".html");
            File.WriteAllText(htmlPath, HtmlRenderer.Render(document), new UTF8Encoding(false));
            Directory.CreateDirectory(folder);
            var printed = Path.Combine(scratch.FullName, name + ".pdf");
            if (ChromiumPrinter.Print(browser!, htmlPath, printed) is { } failed)
            {
                DiagnosticWriter.WriteLine(error, failed);
                return ExitCodes.Failure;
            }

            if (toStdout)
            {
                output.Flush();
                using var stdout = Console.OpenStandardOutput();
                stdout.Write(File.ReadAllBytes(printed));
                return ExitCodes.Success;
            }

            if (Write(pdfPath, stream => stream.Write(File.ReadAllBytes(printed)), error) is { } problem)
            {
                return problem;
            }

            output.WriteLine(pdfPath);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DiagnosticWriter.WriteLine(error, DiagnosticCatalog.WriteFailed(pdfPath, e.Message));
            return ExitCodes.Failure;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static int Emit(string text, string? outputFolder, string fileName, TextWriter output, TextWriter error)
    {
        if (outputFolder is null)
        {
            output.Write(text);
            return ExitCodes.Success;
        }

        var path = Path.Combine(outputFolder, fileName);
        try
        {
            Directory.CreateDirectory(outputFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DiagnosticWriter.WriteLine(error, DiagnosticCatalog.WriteFailed(path, e.Message));
            return ExitCodes.Failure;
        }

        if (Write(path, stream => stream.Write(Encoding.UTF8.GetBytes(text)), error) is { } problem)
        {
            return problem;
        }

        output.WriteLine(path);
        return ExitCodes.Success;
    }

    /// <summary>Through <see cref="AtomicFile"/>: an interrupted run leaves the old document or the new one, never half of one.</summary>
    private static int? Write(string path, Action<Stream> write, TextWriter error)
    {
        try
        {
            AtomicFile.Write(path, write);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DiagnosticWriter.WriteLine(error, DiagnosticCatalog.WriteFailed(path, e is UnauthorizedAccessException ? "geen schrijfrechten." : e.Message));
            return ExitCodes.Failure;
        }
    }
}
