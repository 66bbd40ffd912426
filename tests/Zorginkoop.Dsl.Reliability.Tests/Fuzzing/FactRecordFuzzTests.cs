using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Zorginkoop.Dsl.Reliability.Tests.BadInput;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

namespace Zorginkoop.Dsl.Reliability.Tests.Fuzzing;

/// <summary>
/// Fuzzing of the fact readers through the real batch command: generated provider facts written as JSONL, CSV with
/// commas and CSV with semicolons, with one record in four mutated (<see cref="FactRecordGenerator"/>: lone
/// surrogate escapes, stray quotes, numbers with a misplaced dot, bytes that are not UTF-8, fields given twice).
/// For every form: one output record per input record, in order; each mutated record is an error record with the
/// code and field its mutation must give, in Dutch; every other record decides exactly as in the unmutated run and
/// as the same facts in JSONL; never ZI9003 or exit 3; and a mutated JSON record given alone to <c>evaluate</c>
/// gets the same code. Seeded (ZORGINKOOP_FUZZ_SEED); ZORGINKOOP_FUZZ_ITERATIONS sets the records per form.
/// </summary>
public partial class FactRecordFuzzTests(ITestOutputHelper output)
{
    private const int CiRecords = 200;

    /// <summary>Single evaluations per form: each compiles the policy again, so a sample.</summary>
    private const int SingleChecks = 12;

    [Theory]
    [InlineData(FactsForm.Jsonl)]
    [InlineData(FactsForm.CommaCsv)]
    [InlineData(FactsForm.SemicolonCsv)]
    public void EveryMutatedRecordIsItsOwnErrorAndNoOtherRecordChanges(FactsForm form)
    {
        var seed = Settings.Seed + (int)form;
        var random = new Random(unchecked((int)seed));
        var generator = new FactRecordGenerator(random);
        var facts = Enumerable.Range(0, Settings.FuzzIterations(CiRecords)).Select(_ => generator.Next()).ToList();
        var mutated = facts.Select((_, i) => i % 4 == 1 || random.Next(8) == 0).ToList();
        var clean = facts.Select(f => generator.Write(f, form, mutate: false).Bytes).ToList();
        List<(byte[] Bytes, ExpectedError? Expected)> written = [.. facts.Select((f, i) => mutated[i] ? generator.Write(f, form, mutate: true) : (clean[i], (ExpectedError?)null))];
        var reference = Run(FactsForm.Jsonl, facts.Select(f => generator.Write(f, FactsForm.Jsonl, mutate: false).Bytes));
        var before = Run(form, clean);
        var after = Run(form, written.Select(w => w.Bytes));
        var context = $"{form}, seed {seed}";
        try
        {
            Check(form, facts, mutated, written, reference, before, after, context);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\nDe invoer staat in {Keep(form, written.Select(w => w.Bytes))}.");
        }

        output.WriteLine($"{form}: {facts.Count} records, {mutated.Count(m => m)} gemuteerd ({string.Join(", ", written.Where(w => w.Expected is not null).GroupBy(w => w.Expected!.Code).OrderBy(g => g.Key).Select(g => $"{g.Key} ×{g.Count()}"))}), seed {seed}");
    }

    private static void Check(
        FactsForm form,
        List<ProviderFacts> facts,
        List<bool> mutated,
        List<(byte[] Bytes, ExpectedError? Expected)> written,
        (int ExitCode, List<JsonElement> Records, string Error) reference,
        (int ExitCode, List<JsonElement> Records, string Error) before,
        (int ExitCode, List<JsonElement> Records, string Error) after,
        string context)
    {

        Assert.True(reference.ExitCode == 0 && before.ExitCode == 0, $"{context}: schone invoer gaf fouten: {before.Error}{reference.Error}");
        Assert.Equal(facts.Count, before.Records.Count);
        Assert.Equal(facts.Count, reference.Records.Count);
        Assert.True(after.ExitCode == 1, $"{context}: exit {after.ExitCode}\n{after.Error}");
        FactBatch.AssertNoInternalError(after.Error);
        Assert.Equal(facts.Count, after.Records.Count);
        Assert.Equal(Enumerable.Range(1, facts.Count), after.Records.Select(r => r.GetProperty("record").GetInt32()));
        Assert.Contains($"{facts.Count} records geëvalueerd ({mutated.Count(m => m)} met fouten)", after.Error.Replace(".", string.Empty));

        var singles = 0;
        for (var i = 0; i < facts.Count; i++)
        {
            var record = after.Records[i];
            var where = $"{context}, record {i + 1}";
            if (written[i].Expected is not { } expected)
            {
                // Unmutated: decides as it did without the mutations around it, and as the same facts in JSONL.
                Assert.True(FactBatch.Errors(record).Count == 0, $"{where}: {record}");
                Assert.Equal(Outcomes(before.Records[i]), Outcomes(record));
                Assert.Equal(Outcomes(reference.Records[i]), Outcomes(record));
                continue;
            }

            var errors = FactBatch.Errors(record);
            Assert.True(errors.Count > 0, $"{where} ({expected.Mutation}) werd gelezen: {record}");
            Assert.All(errors, e => Assert.Matches(CodeInFactRange(), e.Code));
            Assert.All(errors, e => AssertDutch(e.Message, where));
            Assert.True(
                errors.Any(e => e.Code == expected.Code && e.Field == expected.Field && (expected.MessageFragment is null || e.Message.Contains(expected.MessageFragment, StringComparison.Ordinal))),
                $"{where} ({expected.Mutation}): verwacht {expected.Code} voor veld '{expected.Field}', kreeg {string.Join("; ", errors)}");

            if (form == FactsForm.Jsonl && singles++ < SingleChecks)
            {
                var (exitCode, _, error) = Single(written[i].Bytes);
                Assert.True(exitCode == 1, $"{where} alleen: exit {exitCode}\n{error}");
                Assert.Contains($"error {expected.Code}: ", error);
                FactBatch.AssertNoInternalError(error);
            }
        }
    }

    private static (int ExitCode, List<JsonElement> Records, string Error) Run(FactsForm form, IEnumerable<byte[]> records) =>
        FactBatch.Run(form == FactsForm.Jsonl ? "feiten.jsonl" : "feiten.csv", Join(form, records));

    private static byte[] Join(FactsForm form, IEnumerable<byte[]> records)
    {
        var newline = "\n"u8.ToArray();
        var header = form == FactsForm.Jsonl ? [] : Encoding.UTF8.GetBytes(FactRecordGenerator.Header(form) + "\n");
        return [.. header, .. records.SelectMany(r => r.Concat(newline))];
    }

    /// <summary>The failing input kept for a rerun by hand.</summary>
    private static string Keep(FactsForm form, IEnumerable<byte[]> records)
    {
        var path = Path.Combine(Path.GetTempPath(), $"zorginkoop-feitenfuzz-{form}-{Environment.ProcessId}{(form == FactsForm.Jsonl ? ".jsonl" : ".csv")}");
        File.WriteAllBytes(path, Join(form, records));
        return path;
    }

    private static (int ExitCode, string Output, string Error) Single(byte[] record)
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", FactsPolicy.Text);
        var facts = folder.WriteBytes("feiten.json", record);
        return CommandLine.Run("evaluate", policy, "--facts", facts, "--engine", "interpreter", "--on", "2026-03-01");
    }

    private static string Outcomes(JsonElement record) => record.TryGetProperty("outcomes", out var outcomes) ? outcomes.ToString() : record.ToString();

    /// <summary>Framework text in English is what leaked into fact errors before; these words never occur in the Dutch ones.</summary>
    private static void AssertDutch(string message, string where)
    {
        foreach (var english in new[] { "Cannot", "invalid", "Exception", "expected", "The ", "JSON text" })
        {
            Assert.False(message.Contains(english, StringComparison.Ordinal), $"{where}: Engelse tekst in '{message}'");
        }
    }

    [GeneratedRegex("^ZI80[0-2][0-9]$")]
    private static partial Regex CodeInFactRange();
}
