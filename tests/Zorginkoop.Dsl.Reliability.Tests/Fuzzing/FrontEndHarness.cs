using System.Diagnostics;
using System.Text;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Formatting;
using Zorginkoop.Dsl.Formatting.Verification;
using Zorginkoop.Dsl.Reliability.Tests.Differential;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Reliability.Tests.Fuzzing;

/// <summary>
/// Runs one input through the whole front end — parse, bind, format and, when asked, Roslyn code generation —
/// and lists every broken promise: an exception escaping, an input over the time budget, a diagnostic without
/// a location inside the file, or, for an input that checks, a formatting that fails, is not idempotent or
/// changes what the policy decides.
/// </summary>
internal static class FrontEndHarness
{
    public static FrontEndReport Run(FuzzInput input, bool build)
    {
        var report = new FrontEndReport(input);
        try
        {
            var (elapsed, tree, policy) = Timed(input);
            report.FrontEndTime = elapsed;
            if (elapsed > Settings.TimeLimit)
            {
                report.Problem($"parse, bind en opmaak duurden {elapsed.TotalMilliseconds:0} ms (grens {Settings.TimeLimit.TotalMilliseconds:0} ms), de snelste van drie keer");
            }

            CheckLocations(input, tree.Diagnostics, report, "parser");
            CheckLocations(input, policy.Diagnostics.Where(d => d.Location is null || d.Location.Path == tree.Text.Path), report, "binder");
            report.Checks = !policy.HasErrors;
            if (report.Checks)
            {
                CheckFormatting(input, tree, policy, report);
                if (build)
                {
                    CheckBuild(policy, report);
                }
            }
            else if (tree.Diagnostics.Any(d => d.IsError))
            {
                // A file with syntax errors is never reformatted: the formatter must hand it back untouched.
                var formatted = PolicyFormatter.Format(tree);
                if (formatted.Changed || formatted.Text != input.Text)
                {
                    report.Problem("de opmaak veranderde een bestand met fouten");
                }
            }
        }
        catch (Exception e)
        {
            report.Problem($"onafgehandelde uitzondering: {e}");
        }

        return report;
    }

    private static (TimeSpan Elapsed, SyntaxTree Tree, CheckedPolicy Policy) Timed(FuzzInput input)
    {
        var (elapsed, (tree, policy)) = TimedCollection.Best(() =>
        {
            var tree = PolicyParser.Parse(new SourceText(input.Path, input.Text));
            var policy = Compile(input.Path, input.Text);
            PolicyFormatter.Format(tree);
            return (tree, policy);
        });
        return (elapsed, tree, policy);
    }

    public static CheckedPolicy Compile(string path, string text) =>
        PolicyCompilation.Compile(path, new InMemorySources(new Dictionary<string, string> { [path] = text }));

    private static void CheckLocations(FuzzInput input, IEnumerable<Diagnostic> diagnostics, FrontEndReport report, string phase)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Location is not { } location)
            {
                report.Problem($"{phase}: {diagnostic.Code} zonder plaats: {diagnostic.Message}");
                continue;
            }

            if (location.Path != input.Path)
            {
                continue;
            }

            if (location.Span.Start < 0 || location.Span.End > input.Text.Length || location.Span.Start > location.Span.End)
            {
                report.Problem($"{phase}: {diagnostic.Code} met bereik {location.Span.Start}..{location.Span.End} buiten het bestand (lengte {input.Text.Length}): {diagnostic.Message}");
            }
        }
    }

    private static void CheckFormatting(FuzzInput input, SyntaxTree tree, CheckedPolicy policy, FrontEndReport report)
    {
        var first = PolicyFormatter.Format(tree);
        if (!first.Succeeded)
        {
            report.Problem("de opmaak weigerde een bestand dat klopt: " + string.Join("; ", first.Diagnostics));
            return;
        }

        var second = PolicyFormatter.Format(new SourceText(input.Path, first.Text));
        if (!second.Succeeded || second.Changed || second.Text != first.Text)
        {
            report.Problem("opmaken is niet idempotent: een tweede keer opmaken verandert de tekst\n" + FirstDifference(first.Text, second.Text));
        }

        var reformatted = Compile(input.Path, first.Text);
        if (reformatted.HasErrors)
        {
            report.Problem("de opgemaakte tekst klopt niet meer: " + string.Join("; ", reformatted.Diagnostics.Where(d => d.IsError).Take(3)));
            return;
        }

        if (SyntaxDump.Print(PolicyParser.Parse(new SourceText(input.Path, first.Text)).Root) != SyntaxDump.Print(tree.Root))
        {
            report.Problem("de opmaak veranderde de syntaxboom");
        }

        var before = Meaning(policy);
        var after = Meaning(reformatted);
        if (before != after)
        {
            report.Problem("de opmaak veranderde wat het beleid beslist\n" + FirstDifference(before, after));
        }
    }

    /// <summary>
    /// What a policy decides, without where it says so: every set and requirement with its sentence, evaluated by
    /// the interpreter on facts that are all unknown and on a few fixed generated fact sets.
    /// </summary>
    public static string Meaning(CheckedPolicy policy)
    {
        var text = new StringBuilder();
        var interpreter = new PolicyInterpreter(policy);
        foreach (var set in interpreter.Info.RequirementSets)
        {
            text.AppendLine($"eisen {set.Name} [{set.Title}]: {string.Join(", ", set.Requirements.Select(r => $"{r.Path} [{r.Sentence}]"))}");
        }

        if (interpreter.SubjectSchema is not { } schema)
        {
            return text.ToString();
        }

        var facts = new List<FactRecord> { FactRecord.Empty(schema) };
        var generator = new FactGenerator(Thresholds.Of(policy)).For(schema);
        foreach (var seed in new[] { "0000000000000001", "00000000DEADBEEF", "0123456789ABCDEF" })
        {
            // PCG.Parse fixes the generator's whole state; its other constructors draw part of it from the clock.
            facts.Add(generator.Generate(CsCheck.PCG.Parse(seed), null, out _));
        }

        foreach (var record in facts)
        {
            // Re-read through JSON so both versions of a policy see the same facts against their own schema.
            var json = FactJson.Write(record);
            text.AppendLine(json);
            foreach (var set in interpreter.Info.RequirementSets)
            {
                try
                {
                    var (own, _) = FactReader.Parse(json, schema, "feiten");
                    text.Append(ResultPrinter.Print(interpreter.Evaluate(set.Name, own ?? FactRecord.Empty(schema)), withLocations: false));
                }
                catch (Exception e)
                {
                    text.AppendLine($"uitzondering {e.GetType().Name}: {e.Message}");
                }
            }
        }

        return text.ToString();
    }

    private static void CheckBuild(CheckedPolicy policy, FrontEndReport report)
    {
        var clock = Stopwatch.StartNew();
        var result = PolicyBuilder.Build(policy);
        report.BuildTime = clock.Elapsed;
        if (!result.Success)
        {
            report.Problem("een beleid dat klopt, bouwt niet: " + string.Join("; ", result.Diagnostics.Where(d => d.IsError).Take(3)));
            return;
        }

        // Independent of the verifier inside PolicyBuilder: whatever the input, the assembly only computes.
        var metadata = Injection.AssemblyMetadata.Read(result.Dll);
        if (!metadata.AssemblyReferences.IsSubsetOf(Injection.AssemblyMetadata.AllowedAssemblies) || metadata.NativeModules.Length > 0 || metadata.NativeMethods.Length > 0)
        {
            report.Problem($"de assembly reikt buiten de runtime: {string.Join(", ", metadata.AssemblyReferences)}; native: {string.Join(", ", metadata.NativeModules.Concat(metadata.NativeMethods))}");
        }
    }

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        string Around(string s) => s.Substring(Math.Max(0, i - 120), Math.Min(s.Length, i + 120) - Math.Max(0, i - 120));
        return $"--- eerst (vanaf teken {i})\n{Around(a)}\n--- daarna\n{Around(b)}";
    }
}

/// <summary>What one input did to the front end; <see cref="Problems"/> is empty when every promise held.</summary>
internal sealed class FrontEndReport(FuzzInput input)
{
    private readonly List<string> problems = [];

    public FuzzInput Input { get; } = input;

    public IReadOnlyList<string> Problems => problems;

    public bool Checks { get; set; }

    public TimeSpan FrontEndTime { get; set; }

    public TimeSpan? BuildTime { get; set; }

    public void Problem(string text) => problems.Add(text);
}
