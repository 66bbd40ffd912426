using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Zorginkoop.Dsl.Reliability.Tests.BadInput;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using static Zorginkoop.Dsl.Reliability.Tests.Replay.Release;

namespace Zorginkoop.Dsl.Reliability.Tests.Replay;

/// <summary>
/// The attack on the released build of issue 15, replayed: each of its nineteen findings built again from the
/// issue's description and run against the real <c>zorginkoop</c> executable (and <c>zorginkoop lsp</c>), asserting
/// what a user must now see — an error record instead of a lost batch, onbekend on overflow, a refused absolute
/// import, a diagnostic instead of a stack overflow, an answer in bounded time. The phase tests hold each fix in
/// detail and the generators hold the classes (docs/reliability.md, "Attacks of round two"); this class holds that
/// the attacks as they were made find nothing. Every run has a time limit, so a hang fails instead of stalling CI.
/// Batches whose attack is on reading facts run with the interpreter: facts are read before either engine sees
/// them, and a Roslyn build per run would cost seconds each; the attacks on the engines run both.
/// </summary>
public class ReleaseAttackReplayTests
{
    private const string GoodRecord = """{"naam":"De Linde","fte":1.5,"omzet":2000,"mandaat":80,"patienten":1500,"vecozo":true,"locaties":[{"eigen":true}]}""";

    /// <summary>1. A lone surrogate escape in a value, a name or a JSON cell of a CSV costs its record only; single evaluate and addendum say so in Dutch.</summary>
    [Fact]
    public void Attack01ALoneSurrogateEscapeCostsItsRecordNotTheBatch()
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid.zip", FactsPolicy.Text);
        folder.Write("feiten.jsonl", string.Join('\n', GoodRecord, """{"naam":"De \ud800 Linde","fte":1.5}""", """{"fte\udc00":1.5}""", GoodRecord) + "\n");
        folder.Write("feiten.csv", "naam,fte,locaties\nA,1.5,\"[{\"\"eigen\"\":true}]\"\nB,1.5,\"[{\"\"eigen\"\":\"\"\\ud800\"\"}]\"\nC,1.5,\"[{\"\"eigen\"\":true}]\"\n");

        var jsonl = Released(folder.Path, "evaluate", "beleid.zip", "--facts", "feiten.jsonl", "--format", "jsonl", "--engine", "interpreter");
        var csv = Released(folder.Path, "evaluate", "beleid.zip", "--facts", "feiten.csv", "--format", "jsonl", "--engine", "interpreter");

        Assert.True(jsonl.ExitCode == 1, jsonl.All);
        var records = jsonl.JsonLines;
        Assert.Equal(4, records.Count);
        Assert.Equal(("ZI8011", "naam"), OnlyError(records[1]));
        Assert.Equal(("ZI8011", @"fte\udc00"), OnlyError(records[2]));
        Assert.Equal("satisfied", FactBatch.Outcome(records[3], "Fte"));
        Assert.Contains("4 records geëvalueerd (2 met fouten)", jsonl.Error, StringComparison.Ordinal);
        Assert.True(csv.ExitCode == 1, csv.All);
        Assert.Equal(3, csv.JsonLines.Count);
        Assert.Equal("ZI8011", OnlyError(csv.JsonLines[1]).Code);
        Assert.Equal("satisfied", FactBatch.Outcome(csv.JsonLines[2], "Locaties"));
        AssertNoCrash(jsonl.All + csv.All);

        folder.Write("proef.zip", SamplePolicy.Text);
        folder.Write("los.json", """{ "a": true, "start": "\ud800" }""");
        foreach (var command in new[] { "evaluate", "addendum" })
        {
            var single = Released(folder.Path, SamplePolicy.Arguments(command, "proef.zip", "los.json", folder.Path, "proef.zip"));
            Assert.True(single.ExitCode == 1, single.All);
            Assert.Contains("veld 'start': error ZI8011: ", single.Error, StringComparison.Ordinal);
            AssertNoCrash(single.All);
        }
    }

    /// <summary>2. A stray quote in an unquoted CSV cell: twenty rows in, twenty records out, one of them an error.</summary>
    [Fact]
    public void Attack02AStrayQuoteInACsvCellCostsItsRowOnly()
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid.zip", FactsPolicy.Text);
        var rows = Enumerable.Range(1, 20).Select(i => $"Praktijk {i},2,2000").ToList();
        rows[4] = "Praktijk \"De Linde,2,2000";
        folder.Write("feiten.csv", "naam,fte,omzet\n" + string.Join('\n', rows) + "\n");

        var run = Released(folder.Path, "evaluate", "beleid.zip", "--facts", "feiten.csv", "--format", "jsonl", "--engine", "interpreter");

        Assert.True(run.ExitCode == 1, run.All);
        Assert.Equal(20, run.JsonLines.Count);
        Assert.Equal("ZI8008", OnlyError(run.JsonLines[4]).Code);
        Assert.All(run.JsonLines.Where((_, i) => i != 4), r => Assert.Equal("satisfied", FactBatch.Outcome(r, "Omzet")));
        Assert.Contains("20 records geëvalueerd (1 met fouten)", run.Error, StringComparison.Ordinal);
        AssertNoCrash(run.All);
    }

    /// <summary>3. Lists, records and durations compare by value, the same in both engines; the evidence shows values, not .NET type names.</summary>
    [Fact]
    public void Attack03EqualValuesAreEqualInBothEngines()
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid.zip", """
            gegevens G als g { n: aantal?; m: M?; k: M? }
            gegevens M { naam: tekst; fte: decimaal? }
            definitie L = [1, 2]
            eisen Lijsten { eis x [1, 2] = [1, 2] }
            eisen Records { eis x g.m = g.k }
            eisen Definitie { eis x L = L }
            eisen Onbekend { eis x (als g.n > 1 dan [1, 2] anders [1, 2]) = [1, 2] }
            eisen Duren { eis x 7 dagen in [1 week] }
            eisen Bewijs { eis x g.m ≠ g.k }

            """);
        folder.Write("feiten.json", """{ "m": { "naam": "A", "fte": 0.8 }, "k": { "naam": "A", "fte": 0.8 } }""");

        foreach (var engine in new[] { "compiled", "interpreter" })
        {
            var run = Released(folder.Path, "evaluate", "beleid.zip", "--facts", "feiten.json", "--engine", engine, "--format", "json");

            Assert.True(run.ExitCode == 0, engine + ": " + run.All);
            var outcomes = Outcomes(run.Output);
            Assert.Equal(["satisfied", "satisfied", "satisfied", "satisfied", "satisfied", "notSatisfied"], outcomes.Values);
            using var document = JsonDocument.Parse(run.Output, new JsonDocumentOptions { MaxDepth = 4096 });
            var texts = string.Join('\n', Texts(document.RootElement));
            Assert.Contains("naam: \"A\"", texts, StringComparison.Ordinal);
            Assert.DoesNotContain("Zorginkoop.Dsl", texts, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", texts, StringComparison.Ordinal);
        }
    }

    /// <summary>4. A duration too large to convert is not shorter than six weeks, and arithmetic that overflows is onbekend.</summary>
    [Fact]
    public void Attack04AnOverflowingDurationIsNeverShorterAndArithmeticOnItIsUnknown()
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid.zip", """
            gegevens G als g { t: datum? }
            eisen Vergelijking { eis x 6.405.119.470.038.040 dagen < 6 weken }
            eisen Rekenen { eis x g.t + 6.405.119.470.038.040 dagen > g.t }

            """);
        folder.Write("feiten.json", """{ "t": "2026-01-01" }""");

        foreach (var engine in new[] { "compiled", "interpreter" })
        {
            var run = Released(folder.Path, "evaluate", "beleid.zip", "--facts", "feiten.json", "--engine", engine, "--format", "json");

            Assert.True(run.ExitCode == 0, engine + ": " + run.All);
            Assert.Equal(["notSatisfied", "unknown"], Outcomes(run.Output).Values);
        }
    }

    /// <summary>5. Numbers as text with a dot that separates no thousands are refused, in JSON strings and in ;-separated CSV cells.</summary>
    [Fact]
    public void Attack05ANumberWithADotThatIsNoThousandsSeparatorIsRefusedNotGuessed()
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid.zip", FactsPolicy.Text);
        folder.Write("feiten.jsonl", """
            {"fte":"0.8"}
            {"fte":"1.2.3"}
            {"omzet":"12.50"}
            {"mandaat":"5.5%"}
            {"omzet":"1.234.567,89"}

            """);
        folder.Write("feiten.csv", "naam;fte;omzet;mandaat\nA;0.8;;\nB;1.2.3;;\nC;;12.50;\nD;;;5.5%\nE;;1.234.567,89;\n");

        foreach (var file in new[] { "feiten.jsonl", "feiten.csv" })
        {
            var run = Released(folder.Path, "evaluate", "beleid.zip", "--facts", file, "--format", "jsonl", "--engine", "interpreter");

            Assert.True(run.ExitCode == 1, file + ": " + run.All);
            var records = run.JsonLines;
            Assert.Equal(5, records.Count);
            Assert.Equal([("ZI8012", "fte"), ("ZI8012", "fte"), ("ZI8012", "omzet"), ("ZI8012", "mandaat")], records.Take(4).Select(OnlyError));
            Assert.Equal("satisfied", FactBatch.Outcome(records[4], "Omzet"));
            AssertNoCrash(run.All);
        }
    }

    /// <summary>6. Tests of tests, also in an exception and a quantifier, check clean, build and decide as the interpreter does.</summary>
    [Fact]
    public void Attack06ATestOfATestBuildsAndDecidesAsTheInterpreter()
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid.zip", """
            gegevens G als g { t: tekst?; n: aantal?; l: lijst van aantal }
            eisen A { eis x (g.t is bekend) is bekend }
            eisen B { eis x (g.t is onbekend) is niet bekend }
            eisen C { eis x ((g.t is niet bekend) is bekend) is onbekend }
            eisen D { eis x g.n > 1 uitzondering als (g.t is bekend) is bekend }
            eisen E { eis x voor elke e in g.l geldt (e is bekend) is bekend }

            """);
        folder.Write("feiten.json", """{ "n": 0, "l": [1, null] }""");

        var check = Released(folder.Path, "check", "beleid.zip");
        var compiled = Released(folder.Path, "evaluate", "beleid.zip", "--facts", "feiten.json", "--engine", "compiled", "--format", "json");
        var interpreted = Released(folder.Path, "evaluate", "beleid.zip", "--facts", "feiten.json", "--engine", "interpreter", "--format", "json");

        Assert.True(check.ExitCode == 0, check.All);
        Assert.True(compiled.ExitCode == 0, compiled.All);
        Assert.DoesNotContain("CS0037", compiled.All, StringComparison.Ordinal);
        Assert.True(interpreted.ExitCode == 0, interpreted.All);
        Assert.Equal(Outcomes(interpreted.Output), Outcomes(compiled.Output));
        // B: 'is onbekend' is always known, so 'is niet bekend' of it does not hold; C likewise.
        Assert.Equal(["satisfied", "notSatisfied", "notSatisfied", "satisfied", "satisfied"], Outcomes(compiled.Output).Values);
    }

    /// <summary>7. <c>gebruik</c> of an absolute path, a <c>../</c> chain or <c>/proc</c> is refused without reading it, from check and from the editor.</summary>
    [Fact]
    public async Task Attack07AnImportOutOfThePolicyFolderIsRefusedUnread()
    {
        using var folder = new HostileFolder();
        using var attacks = new TemporaryFolder();
        attacks.Write("geheim.zip", HostileFolder.Secret + "\n");
        attacks.Write("beleid/absoluut.zip", "gebruik \"/etc/passwd\"\n");
        attacks.Write("beleid/proc.zip", "gebruik \"/proc/self/environ\"\n");
        attacks.Write("beleid/omhoog.zip", "gebruik \"../../../../../../../../etc/passwd\"\n");
        attacks.Write("beleid/buur.zip", "gebruik \"../geheim.zip\"\n");

        var run = Released(Path.Combine(attacks.Path, "beleid"), "check", ".");

        Assert.True(run.ExitCode == 1, run.All);
        Assert.Equal(2, Count(run.Output, "error ZI9006"));
        Assert.Equal(2, Count(run.Output, "error ZI9007"));
        Assert.DoesNotContain("'root", run.All, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileFolder.Secret, run.All, StringComparison.Ordinal);
        AssertNoCrash(run.All);

        var entry = folder.Write("hoofd.zip", "gebruik \"/etc/passwd\"\n");
        using var server = new LspProcess(folder.Root);
        await Editor.InitializeAsync(server, folder.Root);
        var diagnostics = await Editor.OpenAsync(server, entry, File.ReadAllText(entry));
        Assert.Contains(diagnostics.EnumerateArray(), d => d.GetProperty("code").GetString() == "ZI9006");
        Assert.DoesNotContain("'root", diagnostics.ToString(), StringComparison.Ordinal);
    }

    /// <summary>8. Fifteen thousand unary minus signs in one condition: one diagnostic (ZI9201) from check and from the editor, not a stack overflow.</summary>
    [Fact]
    public async Task Attack08FifteenThousandMinusSignsAreOneDiagnostic()
    {
        using var folder = new TemporaryFolder();
        var text = "gegevens G als g { n: aantal? }\neisen A {\n    eis x " + string.Concat(Enumerable.Repeat("- ", 15_000)) + "g.n > 0\n}\n";
        var path = folder.Write("diep.zip", text);

        var run = Released(folder.Path, "check", "diep.zip");

        Assert.True(run.ExitCode == 1, run.All);
        Assert.Contains("ZI9201", run.Output, StringComparison.Ordinal);
        AssertNoCrash(run.All);

        using var server = new LspProcess(folder.Path);
        await Editor.InitializeAsync(server, folder.Path);
        var diagnostics = await Editor.OpenAsync(server, path, text);
        Assert.Contains(diagnostics.EnumerateArray(), d => d.GetProperty("code").GetString() == "ZI9201");
        Assert.False(server.HasExited);
    }

    /// <summary>9. <c>evaluate --format json</c> on a clean policy with 30 nested groups under 30 levels of <c>omvat</c>.</summary>
    [Fact]
    public void Attack09ThirtyNestedGroupsAndOmvatLevelsAreWrittenAsJson()
    {
        const int Depth = 30;
        using var folder = new TemporaryFolder();
        var text = new StringBuilder("gegevens G als g { a: ja/nee }\n");
        for (var i = 0; i < Depth; i++)
        {
            text.Append($"eisen S{i} {{\n    omvat S{i + 1}\n}}\n");
        }

        text.Append($"eisen S{Depth} {{\n");
        for (var i = 0; i < Depth; i++)
        {
            text.Append($"eis g{i} \"Groep {i}\" {{\n");
        }

        text.Append("eis x \"Zin\" g.a\n").Append('}', Depth).Append("\n}\n");
        folder.Write("diep.zip", text.ToString());
        folder.Write("feiten.json", """{ "a": true }""");

        var run = Released(folder.Path, "evaluate", "diep.zip", "--facts", "feiten.json", "--format", "json");

        Assert.True(run.ExitCode == 0, run.All);
        using var document = JsonDocument.Parse(run.Output, new JsonDocumentOptions { MaxDepth = 4096 });
        Assert.Equal("satisfied", document.RootElement.GetProperty("requirementSets")[0].GetProperty("outcome").GetString());
        AssertNoCrash(run.All);
    }

    /// <summary>10. A 32-line diamond of definitions and a 45-line diamond of <c>omvat</c> finish in seconds in both engines.</summary>
    [Fact]
    public void Attack10DiamondsAreEvaluatedOnceInBothEngines()
    {
        using var folder = new TemporaryFolder();
        var text = new StringBuilder("gegevens G als g { n: aantal? }\ndefinitie d0 = g.n > 1\n");
        for (var i = 1; i <= 32; i++)
        {
            text.Append($"definitie d{i} = d{i - 1} en d{i - 1}\n");
        }

        text.Append("eisen D { eis x d32 }\neisen A0 { eis x g.n > 1 }\neisen B0 { eis y g.n > 0 }\n");
        for (var i = 1; i <= 45; i++)
        {
            text.Append($"eisen A{i} {{\n    omvat A{i - 1}\n    omvat B{i - 1}\n}}\neisen B{i} {{\n    omvat A{i - 1}\n    omvat B{i - 1}\n}}\n");
        }

        folder.Write("diamant.zip", text.ToString());
        folder.Write("feiten.json", """{ "n": 2 }""");

        foreach (var engine in new[] { "compiled", "interpreter" })
        {
            var run = Released(folder.Path, TimeSpan.FromSeconds(90), "evaluate", "diamant.zip", "--facts", "feiten.json", "--engine", engine);

            Assert.True(run.ExitCode == 0, engine + ": " + run.All);
            Assert.Contains("D: VOLDAAN", run.Output, StringComparison.Ordinal);
            Assert.Contains("A45: VOLDAAN", run.Output, StringComparison.Ordinal);
        }
    }

    /// <summary>11. A link loop and a FIFO called <c>*.zip</c> under a folder: check ends with a warning for each, and "find references" in the editor answers.</summary>
    [Fact]
    public async Task Attack11ALinkLoopAndAPipeNeitherHangCheckNorTheEditor()
    {
        using var folder = new HostileFolder();
        File.Delete(Path.Combine(folder.Root, "gedeeld", "terug.zip"));

        var run = Released(folder.Root, "check", ".");

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("warning ZI9009: './lus' is overgeslagen", run.Output, StringComparison.Ordinal);
        Assert.Contains("warning ZI9009: './pijp.zip' is overgeslagen", run.Output, StringComparison.Ordinal);

        const string UsesBinnen = "gebruik \"binnen.zip\"\ngegevens Z als aanbieder {\n    b: Binnen\n}\neisen X \"t\" {\n    eis a\n        aanbieder.b = A\n}\n";
        var entry = folder.Write("hoofd.zip", UsesBinnen);
        using var server = new LspProcess(folder.Root);
        await Editor.InitializeAsync(server, folder.Root);
        await Editor.OpenAsync(server, entry, UsesBinnen);
        var position = UsesBinnen.Split('\n').Select((line, number) => (line, number)).Single(l => l.line.Contains("aanbieder.b = A", StringComparison.Ordinal));
        await server.SendAsync(LspProcess.Request(900, "textDocument/references", JsonSerializer.Serialize(new
        {
            textDocument = new { uri = new Uri(entry).AbsoluteUri },
            position = new { line = position.number, character = position.line.IndexOf("= A", StringComparison.Ordinal) + 2 },
            context = new { includeDeclaration = true },
        })));

        var references = (await server.ResponseAsync(900)).GetProperty("result").EnumerateArray().Select(r => new Uri(r.GetProperty("uri").GetString()!).LocalPath).ToList();
        // The declaration in binnen.zip and the use in hoofd.zip; never a copy reached through 'lus' or 'buiten-map'.
        Assert.Equal(["binnen.zip", "hoofd.zip"], references.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(references, r => Assert.StartsWith(folder.Root + Path.DirectorySeparatorChar, r, StringComparison.Ordinal));
    }

    /// <summary>12. An unknown name of 8 MB gets its diagnostic at once, without a "Bedoelde u …?" built from a full distance table.</summary>
    [Fact]
    public void Attack12AnEightMegabyteUnknownNameIsAnsweredQuickly()
    {
        using var folder = new TemporaryFolder();
        folder.Write("lang.zip", "gegevens G als g { fte: decimaal? }\neisen A { eis x g." + new string('f', 8 * 1024 * 1024) + " > 1 }\n");

        var run = Released(folder.Path, TimeSpan.FromSeconds(60), "check", "lang.zip");

        Assert.True(run.ExitCode == 1, run.Error);
        Assert.Contains("error ZI", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Bedoelde u", run.Output, StringComparison.Ordinal);
        Assert.True(run.Took < TimeSpan.FromSeconds(30), $"took {run.Took}");
        AssertNoCrash(run.All);
    }

    /// <summary>
    /// 13. <c>check</c> of many requirements grows linearly: four times the requirements may take at most eight times
    /// as long (quadratic would be sixteen). Timed inside the process (the start-up of .NET would hide the growth),
    /// the better of two runs each; and the attack's own size, 50,000 requirements, from the command line.
    /// </summary>
    [Fact]
    public void Attack13CheckGrowsLinearlyWithTheNumberOfRequirements()
    {
        using var folder = new TemporaryFolder();
        var small = folder.Write("klein.zip", Requirements(5_000));
        var large = folder.Write("groot.zip", Requirements(20_000));
        folder.Write("aanval.zip", Requirements(50_000));
        Infrastructure.CommandLine.Run("check", small);

        var smallTime = Enumerable.Range(0, 2).Min(_ => Time(() => Infrastructure.CommandLine.Run("check", small)));
        var largeTime = Enumerable.Range(0, 2).Min(_ => Time(() => Infrastructure.CommandLine.Run("check", large)));
        var run = Released(folder.Path, TimeSpan.FromSeconds(90), "check", "aanval.zip");

        Assert.True(largeTime.TotalMilliseconds < 8 * Math.Max(smallTime.TotalMilliseconds, 50), $"5,000 requirements {smallTime.TotalMilliseconds:F0} ms, 20,000 {largeTime.TotalMilliseconds:F0} ms");
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("0 fouten", run.Output, StringComparison.Ordinal);

        static string Requirements(int count)
        {
            var text = new StringBuilder("gegevens G als g { n: aantal? }\neisen A {\n");
            for (var i = 0; i < count; i++)
            {
                text.Append("    eis r").Append(i).Append(" g.n > ").Append(i).Append('\n');
            }

            return text.Append("}\n").ToString();
        }

        static TimeSpan Time(Action action)
        {
            var clock = Stopwatch.StartNew();
            action();
            return clock.Elapsed;
        }
    }

    /// <summary>14. Malformed framing sent to the language server: each is logged, and the request after it is served.</summary>
    [Fact]
    public async Task Attack14MalformedFramingIsLoggedAndTheServerServesOn()
    {
        var body = LspProcess.Request(41, "textDocument/documentSymbol", "{\"textDocument\":{\"uri\":\"file:///nergens.zip\"}}");
        string[] frames =
        [
            $"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{body}",
            $"Content-Length: veertig\r\n\r\n{body}",
            $"Content-Length: 2147483648\r\n\r\n{body}",
            $"hallo wereld\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}",
            $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\n\n{body}",
        ];
        using var server = new LspProcess();
        await server.InitializeAsync();

        for (var i = 0; i < frames.Length; i++)
        {
            Assert.True(await server.SendRawAsync(Encoding.UTF8.GetBytes(frames[i])), $"frame {i}: the server stopped reading. Log:\n{server.Log}");
            await server.ResponsesUntilAsync(41);
            Assert.True(await server.SendAsync(LspProcess.Probe(100 + i)), $"frame {i}");
            var probe = await server.ResponseAsync(100 + i);
            Assert.Equal(JsonValueKind.Array, probe.GetProperty("result").ValueKind);
        }

        Assert.False(server.HasExited);
        Assert.Contains("Content-Length", server.Log, StringComparison.Ordinal);
    }

    /// <summary>15. A batch run in a terminal with its facts from a pipe.</summary>
    [Fact]
    public void Attack15ABatchInATerminalReadsFactsFromAPipe()
    {
        Assert.True(File.Exists("/usr/bin/script"), "util-linux 'script' is needed to give the command a terminal");
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", FactsPolicy.Text);
        var facts = folder.Write("feiten.jsonl", string.Concat(Enumerable.Repeat(GoodRecord + "\n", 500)));
        var output = Path.Combine(folder.Path, "uit.jsonl");
        var command = $"cat '{facts}' | dotnet '{ChildProcess.ZorginkoopDll}' evaluate '{policy}' --facts /dev/stdin --format jsonl --engine interpreter --output '{output}'";

        var (exitCode, terminal, _) = ChildProcess.Run("script", ["-qec", command, "/dev/null"], folder.Path, TimeSpan.FromMinutes(1));

        Assert.True(exitCode == 0, terminal);
        Assert.Contains("500 records geëvalueerd (0 met fouten)", terminal, StringComparison.Ordinal);
        Assert.Equal(500, File.ReadAllLines(output).Length);
        AssertNoCrash(terminal);
    }

    /// <summary>16. <c>test --junit</c> with a control character in a scenario title writes a whole report that parses.</summary>
    [Fact]
    public void Attack16AControlCharacterInAScenarioTitleGivesAWholeJUnitReport()
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid.zip", "gegevens G als g { a: ja/nee }\neisen A { eis x \"Zin\" g.a }\nscenario \"bel\u0007\" {\n    gegeven g { a: ja }\n    verwacht A voldaan\n}\n");

        var run = Released(folder.Path, "test", "beleid.zip", "--junit", "junit.xml");

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Equal("bel\\u0007", Assert.Single(XDocument.Load(Path.Combine(folder.Path, "junit.xml")).Descendants("testcase")).Attribute("name")!.Value);
        Assert.Empty(Directory.GetFiles(folder.Path, ".*.tmp"));
        AssertNoCrash(run.All);
    }

    /// <summary>
    /// 17. <c>format</c> through a link to a 0600 file formats the target and keeps the link and the mode; a
    /// <c>format</c> terminated before its rename leaves the file and no temporary; a <c>build</c> killed between its
    /// two renames leaves an old assembly that does not take the new <c>.pdb</c> for its own.
    /// </summary>
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Attack17AnInterruptedOrLinkedWriteLeavesConsistentFiles()
    {
        const string Messy = "gegevens G als aanbieder { n: aantal }\neisen A {\n      eis x aanbieder.n >= 10 }\n";
        using var folder = new TemporaryFolder();
        var policy = folder.Write(Path.Combine("echt", "beleid.zip"), Messy);
        File.SetUnixFileMode(policy, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "koppeling.zip"), Path.Combine("echt", "beleid.zip"));

        var format = Released(folder.Path, "format", "koppeling.zip");

        Assert.True(format.ExitCode == 0, format.All);
        Assert.NotNull(new FileInfo(Path.Combine(folder.Path, "koppeling.zip")).LinkTarget);
        Assert.NotEqual(Messy, File.ReadAllText(policy));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(policy));

        File.WriteAllText(policy, Messy);
        using (var terminated = PausedWrite.Start(folder.Path, 60_000, "format", policy))
        {
            PausedWrite.WaitUntil(terminated, () => Directory.GetFiles(Path.Combine(folder.Path, "echt"), ".*.tmp").Length == 1);
            using (var kill = Process.Start("kill", ["-TERM", terminated.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }

            Assert.True(terminated.WaitForExit(TimeSpan.FromMinutes(1)), "zorginkoop stopte niet op SIGTERM");
        }

        Assert.Equal(Messy, File.ReadAllText(policy));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, "echt"), ".*.tmp"));

        var output = Path.Combine(folder.Path, "uit");
        Assert.Equal(0, Infrastructure.CommandLine.Run("build", policy, "--output", output).ExitCode);
        var dll = Assert.Single(Directory.GetFiles(output, "*.dll"));
        var pdb = Path.ChangeExtension(dll, ".pdb");
        var (oldDll, oldPdb) = (File.ReadAllBytes(dll), File.ReadAllBytes(pdb));
        File.WriteAllText(policy, Messy.Replace(">= 10", ">= 20", StringComparison.Ordinal));
        // The .pdb is renamed first, after a pause of five seconds; the process is killed in the pause before the .dll's rename.
        using (var killed = PausedWrite.Start(folder.Path, 5_000, "build", policy, "--output", output))
        {
            PausedWrite.WaitUntil(killed, () => !File.ReadAllBytes(pdb).SequenceEqual(oldPdb));
            killed.Kill();
            killed.WaitForExit();
        }

        Assert.Equal(oldDll, File.ReadAllBytes(dll));
        Assert.False(Emit.Compilation.DebugSymbols.Match(File.ReadAllBytes(dll), File.ReadAllBytes(pdb)));
    }

    /// <summary>18. Latin-1 bytes in a JSONL batch record are refused as in a single facts file (ZI8001), for that record only.</summary>
    [Fact]
    public void Attack18Latin1BytesAreRefusedInABatchAsInASingleFile()
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid.zip", FactsPolicy.Text);
        folder.WriteBytes("feiten.jsonl", [.. Encoding.UTF8.GetBytes(GoodRecord + "\n"), .. Encoding.Latin1.GetBytes("""{"naam":"Coöperatie","fte":1.5}"""), .. Encoding.UTF8.GetBytes("\n" + GoodRecord + "\n")]);
        folder.Write("proef.zip", SamplePolicy.Text);
        folder.WriteBytes("los.json", Encoding.Latin1.GetBytes("""{ "a": true, "naam": "Coöperatie" }"""));

        var batch = Released(folder.Path, "evaluate", "beleid.zip", "--facts", "feiten.jsonl", "--format", "jsonl", "--engine", "interpreter");
        var single = Released(folder.Path, "evaluate", "proef.zip", "--facts", "los.json");

        Assert.True(batch.ExitCode == 1, batch.All);
        Assert.Equal(3, batch.JsonLines.Count);
        Assert.Equal("ZI8001", OnlyError(batch.JsonLines[1]).Code);
        Assert.Equal("satisfied", FactBatch.Outcome(batch.JsonLines[2], "Fte"));
        Assert.True(single.ExitCode == 1, single.All);
        Assert.Contains("error ZI8001", single.Error, StringComparison.Ordinal);
        AssertNoCrash(batch.All + single.All);
    }

    /// <summary>
    /// 19. The smaller findings: a comment between number and unit, a keuze member with spaces, a decomposed letter,
    /// escape sequences from policy text, a bidi override and a look-alike name (warnings), <c>3000.0</c> for an
    /// aantal, a field given twice, and the framework's English in a Dutch tool.
    /// </summary>
    [Fact]
    public void Attack19TheSmallerFindingsAreReadAsMeantAndSaidInDutch()
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid.zip",
            "keuze Delict { \"criminele organisatie\", fraude }\n" +
            "gegevens G als g {\n    cafe\u0301: aantal?\n    d: Delict?\n    fte: decimaal?\n    f\u0442e: decimaal?\n}\n" +
            "eisen Commentaar { eis x 6 /* zes */ weken > 1 week }\n" +
            "eisen Keuze { eis x g.d = \"criminele organisatie\" }\n" +
            "eisen Samengesteld { eis x g.café >= 1 }\n" +
            "eisen Escape { eis x \"Zin\u001b[31m rood\" g.café >= 1 }\n" +
            "eisen Richting { eis x \"directie\u202e nimda\" g.café >= 1 }\n");
        folder.Write("feiten.json", """{ "café": 2, "d": "criminele organisatie" }""");
        folder.Write("decimaal.json", """{ "café": 3000.0 }""");
        folder.Write("dubbel.json", """{ "café": 1, "café": 2 }""");

        var check = Released(folder.Path, "check", "beleid.zip");
        var evaluate = Released(folder.Path, "evaluate", "beleid.zip", "--facts", "feiten.json");
        var whole = Released(folder.Path, "evaluate", "beleid.zip", "--facts", "decimaal.json");
        var twice = Released(folder.Path, "evaluate", "beleid.zip", "--facts", "dubbel.json");
        var english = Released(folder.Path, "evaluate", "beleid.zip", "--fact", "feiten.json");

        Assert.True(check.ExitCode == 0, check.All);
        Assert.Contains("warning ZI1035", check.Output, StringComparison.Ordinal);
        Assert.Contains("warning ZI1036", check.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", check.All + evaluate.All, StringComparison.Ordinal);
        Assert.True(evaluate.ExitCode == 0, evaluate.All);
        Assert.Equal(5, Count(evaluate.Output, ": VOLDAAN"));
        Assert.Contains("\\u001B[31m", evaluate.Output, StringComparison.Ordinal);
        Assert.Contains("error ZI8003", whole.Error, StringComparison.Ordinal);
        Assert.Contains("schrijf 3000", whole.Error, StringComparison.Ordinal);
        Assert.Contains("error ZI8013", twice.Error, StringComparison.Ordinal);
        Assert.Contains("ZI9302", english.Error, StringComparison.Ordinal);
        Assert.Contains("Bedoelde u '--facts'?", english.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized", english.All, StringComparison.Ordinal);
        AssertNoCrash(check.All + evaluate.All + whole.All + twice.All + english.All);
    }

    private static (string Code, string Field) OnlyError(JsonElement record)
    {
        var error = Assert.Single(FactBatch.Errors(record));
        return (error.Code, error.Field);
    }

    /// <summary>The outcome of each requirement set in an <c>evaluate --format json</c> document, in policy order.</summary>
    private static Dictionary<string, string> Outcomes(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 4096 });
        return document.RootElement.GetProperty("requirementSets").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("outcome").GetString()!);
    }

    /// <summary>Every string in a JSON document, unescaped.</summary>
    private static IEnumerable<string> Texts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Texts),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Texts(p.Value)),
        _ => [],
    };

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

}
