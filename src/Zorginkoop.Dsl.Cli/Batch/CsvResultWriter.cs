using System.Buffers;
using System.Text;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>
/// One row per input record: <c>record,line,&lt;set&gt;…,errors</c> with the outcome code per selected set, and under
/// <c>--explain</c> a <c>&lt;set&gt;.explanation</c> column per set. The delimiter is the input's (a semicolon for a
/// Dutch spreadsheet), or a comma. A file starts with a UTF-8 byte order mark, without which Excel reads it as
/// Windows-1252 and shows "patiÃ«nten"; standard output gets none (the next program in a pipe does not expect one).
/// </summary>
internal sealed class CsvResultWriter : IResultWriter
{
    private static readonly byte[][] OutcomeValues = [.. Enum.GetValues<Outcome>().Select(o => Encoding.UTF8.GetBytes(OutcomeCodes.Code(o)))];

    private readonly IReadOnlyList<string> setNames;
    private readonly bool explain;
    private readonly byte delimiter;
    private readonly bool byteOrderMark;
    private readonly StringBuilder text = new();

    public CsvResultWriter(IReadOnlyList<string> setNames, bool explain, byte delimiter, bool byteOrderMark = false)
    {
        this.setNames = setNames;
        this.explain = explain;
        this.delimiter = delimiter;
        this.byteOrderMark = byteOrderMark;
    }

    public void WriteHeader(IBufferWriter<byte> output)
    {
        if (byteOrderMark)
        {
            output.Write("\uFEFF"u8);
        }

        List<string> columns = ["record", "line", .. setNames];
        if (explain)
        {
            columns.AddRange(setNames.Select(n => n + ".explanation"));
        }

        columns.Add("errors");
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0)
            {
                output.Write([delimiter]);
            }

            Cell(output, columns[i]);
        }

        output.Write("\r\n"u8);
    }

    public void WriteOutcomes(IBufferWriter<byte> output, long record, long line, ReadOnlySpan<Outcome> outcomes)
    {
        Start(output, record, line);
        foreach (var outcome in outcomes)
        {
            output.Write([delimiter]);
            output.Write(OutcomeValues[(int)outcome]);
        }

        EmptyCells(output, explain ? setNames.Count + 1 : 1);
        output.Write("\r\n"u8);
    }

    public void WriteExplained(IBufferWriter<byte> output, long record, long line, IReadOnlyList<RequirementSetResult> results)
    {
        Start(output, record, line);
        foreach (var result in results)
        {
            output.Write([delimiter]);
            output.Write(OutcomeValues[(int)result.Outcome]);
        }

        foreach (var result in results)
        {
            output.Write([delimiter]);
            Cell(output, Explanation(result));
        }

        output.Write([delimiter]);
        output.Write("\r\n"u8);
    }

    public void WriteErrors(IBufferWriter<byte> output, long record, long line, IReadOnlyList<FactError> errors)
    {
        Start(output, record, line);
        EmptyCells(output, explain ? 2 * setNames.Count : setNames.Count);
        output.Write([delimiter]);
        Cell(output, string.Join(" | ", errors.Select(e => string.IsNullOrEmpty(e.Field) ? $"{e.Code}: {e.Message}" : $"{e.Code} {e.Field}: {e.Message}")));
        output.Write("\r\n"u8);
    }

    /// <summary>Every requirement that did not simply hold, with its deciding values or missing facts.</summary>
    private string Explanation(RequirementSetResult result)
    {
        text.Clear();
        if (result.Outcome == Outcome.NotApplicable)
        {
            return string.Join("; ", result.ApplicabilityEvidence);
        }

        foreach (var requirement in result.AllRequirements().Where(r => r.Children.Count == 0 && (r.Outcome != Outcome.Satisfied || r.Resolution != Resolution.Direct)))
        {
            if (text.Length > 0)
            {
                text.Append(" | ");
            }

            text.Append(requirement.Path).Append(": ").Append(OutcomeCodes.Dutch(requirement.Outcome, requirement.Resolution));
            if (requirement.Evidence.Count > 0)
            {
                text.Append(" (").AppendJoin("; ", requirement.Evidence).Append(')');
            }

            if (requirement.MissingFacts.Count > 0)
            {
                text.Append("; ontbreekt: ").AppendJoin(", ", requirement.MissingFacts);
            }
        }

        return text.ToString();
    }

    private void Start(IBufferWriter<byte> output, long record, long line)
    {
        Number(output, record);
        output.Write([delimiter]);
        Number(output, line);
    }

    private void EmptyCells(IBufferWriter<byte> output, int count)
    {
        for (var i = 0; i < count; i++)
        {
            output.Write([delimiter]);
        }
    }

    private static void Number(IBufferWriter<byte> output, long value)
    {
        var span = output.GetSpan(20);
        value.TryFormat(span, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        output.Advance(written);
    }

    /// <summary>Quotes a cell only when it has to (delimiter, quote or line break in it), doubling inner quotes.</summary>
    private void Cell(IBufferWriter<byte> output, string value)
    {
        if (value.AsSpan().IndexOfAny((char)delimiter, '"', '\n') < 0 && !value.Contains('\r'))
        {
            output.Write(Encoding.UTF8.GetBytes(value));
            return;
        }

        output.Write("\""u8);
        output.Write(Encoding.UTF8.GetBytes(value.Replace("\"", "\"\"")));
        output.Write("\""u8);
    }
}
