using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Zorginkoop.Dsl.Reliability.Tests.Fuzzing;

/// <summary>The facts of one provider for <see cref="BadInput.FactsPolicy"/>, before they are written in any form.</summary>
internal sealed record ProviderFacts(string? Naam, decimal? Fte, decimal? Omzet, decimal? Mandaat, int? Patienten, bool? Vecozo, DateOnly? Start, bool[]? Locaties);

/// <summary>The forms a batch of facts comes in.</summary>
public enum FactsForm
{
    Jsonl,
    CommaCsv,
    SemicolonCsv,
}

/// <summary>What a mutated record must give: an error with this code, naming this field (empty: the record as a whole).</summary>
internal sealed record ExpectedError(string Code, string Field, string Mutation, string? MessageFragment = null);

/// <summary>
/// Writes provider facts as JSONL or CSV records, each value in one of the ways a user or spreadsheet writes it
/// (JSON numbers or Dutch text such as "€ 1.234,50", "85,5%", "1.200"; cells quoted or not), and mutates some
/// records with the inputs that broke fact reading (issue 15): lone surrogate escapes in values, names and JSON
/// cells, stray quotes, numbers with a dot that is no thousands separator, bytes that are not UTF-8, and fields
/// given twice. Every mutation says which error it must cause.
/// </summary>
internal sealed class FactRecordGenerator(Random random)
{
    private static readonly string[] Names =
        ["De Linde", "Coöperatie Rivierenland", "Praktijk \"Zuid\"", "Tiel, Culemborg", "Twee;delen", "Één\nregel", "Ünïcode ☃ 😀", "  spaties  "];

    private static readonly byte[] NeverUtf8 = [0xFF, 0xC0, 0xF8, 0xFE];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public ProviderFacts Next() => new(
        Missing() ? null : Names[random.Next(Names.Length)],
        Missing() ? null : Math.Round((decimal)(random.NextDouble() * 3), random.Next(0, 3)),
        Missing() ? null : Math.Round((decimal)(random.NextDouble() * (random.Next(2) == 0 ? 2_000 : 2_000_000)), random.Next(0, 3)),
        Missing() ? null : Math.Round((decimal)(random.NextDouble() * 100), random.Next(0, 2)),
        Missing() ? null : random.Next(0, 5_000),
        Missing() ? null : random.Next(2) == 0,
        Missing() ? null : new DateOnly(2026, 1, 1).AddDays(random.Next(0, 700)),
        Missing() ? null : [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(4) > 0)]);

    public static string Header(FactsForm form) => string.Join(Delimiter(form), BadInput.FactsPolicy.Fields);

    /// <summary>The record as one JSONL line or CSV row (without its line end), mutated when <paramref name="mutate"/>.</summary>
    public (byte[] Bytes, ExpectedError? Expected) Write(ProviderFacts facts, FactsForm form, bool mutate) =>
        form == FactsForm.Jsonl ? WriteJson(facts, mutate) : WriteCsv(facts, form, mutate);

    private (byte[], ExpectedError?) WriteJson(ProviderFacts facts, bool mutate)
    {
        var members = new List<(string Name, string Value)>();
        void Add(string name, object? value, Func<object, string> write)
        {
            if (value is not null)
            {
                members.Add((name, write(value)));
            }
        }

        Add("naam", facts.Naam, v => JsonSerializer.Serialize((string)v, Json));
        Add("fte", facts.Fte, v => random.Next(2) == 0 ? Invariant((decimal)v) : Quote(Dutch((decimal)v, groups: false)));
        Add("omzet", facts.Omzet, v => random.Next(3) switch { 0 => Invariant((decimal)v), 1 => Quote("€ " + Dutch((decimal)v, groups: true)), _ => Quote(Dutch((decimal)v, groups: true)) });
        Add("mandaat", facts.Mandaat, v => random.Next(2) == 0 ? Invariant((decimal)v) : Quote(Dutch((decimal)v, groups: false) + (random.Next(2) == 0 ? "%" : " %")));
        Add("patienten", facts.Patienten, v => ((int)v).ToString(CultureInfo.InvariantCulture));
        Add("vecozo", facts.Vecozo, v => (bool)v ? "true" : "false");
        Add("start", facts.Start, v => Quote(((DateOnly)v).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Add("locaties", facts.Locaties, v => JsonList((bool[])v));

        ExpectedError? expected = null;
        var line = (string?)null;
        if (mutate)
        {
            switch (random.Next(8))
            {
                case 0:
                    Replace(members, "naam", "\"De \\ud800 Linde\"");
                    expected = new("ZI8011", "naam", "losse surrogaat in een waarde", @"\ud800");
                    break;
                case 1:
                    var renamed = members.Count > 0 ? random.Next(members.Count) : -1;
                    if (renamed < 0)
                    {
                        members.Add(("fte", "1"));
                        renamed = 0;
                    }

                    members[renamed] = (members[renamed].Name + "\\udc00", members[renamed].Value);
                    expected = new("ZI8011", members[renamed].Name, "losse surrogaat in een veldnaam", @"\udc00");
                    break;
                case 2:
                    Replace(members, "locaties", """[{"eigen":true},{"eigen":"\udbff"}]""");
                    expected = new("ZI8011", "locaties[1].eigen", "losse surrogaat in een lijst", @"\udbff");
                    break;
                case 3:
                    var (field, text) = DottedNumber(FactsForm.Jsonl);
                    Replace(members, field, Quote(text));
                    expected = new("ZI8012", field, $"getal met een punt: {text}");
                    break;
                case 4:
                    if (members.Count == 0)
                    {
                        members.Add(("fte", "1.5"));
                    }

                    var twice = members[random.Next(members.Count)];
                    members.Insert(random.Next(members.Count + 1), twice);
                    expected = new("ZI8013", twice.Name, "veld twee keer", $"'{twice.Name}'");
                    break;
                case 5:
                    Replace(members, "locaties", """[{"eigen":true,"eigen":false}]""");
                    expected = new("ZI8013", "locaties[0].eigen", "veld twee keer in een lijst");
                    break;
                case 6:
                    line = Render(members);
                    var at = random.Next(1, line.Length);
                    line = line.Insert(at, "\"");
                    expected = new("ZI8001", string.Empty, $"los aanhalingsteken op positie {at}");
                    break;
                default:
                    return NotUtf8(Encoding.UTF8.GetBytes(Render(members)));
            }
        }

        return (Encoding.UTF8.GetBytes(line ?? Render(members)), expected);
    }

    private (byte[], ExpectedError?) WriteCsv(ProviderFacts facts, FactsForm form, bool mutate)
    {
        var delimiter = Delimiter(form);
        var semicolon = form == FactsForm.SemicolonCsv;
        var cells = new string?[]
        {
            facts.Naam,
            facts.Fte is { } fte ? (semicolon || random.Next(2) == 0 ? Dutch(fte, groups: false) : Invariant(fte)) : null,
            facts.Omzet is { } omzet ? random.Next(3) switch
            {
                0 when !semicolon => Invariant(omzet),
                1 => "€ " + Dutch(omzet, groups: true),
                _ => Dutch(omzet, groups: semicolon),
            } : null,
            facts.Mandaat is { } mandaat ? (random.Next(2) == 0 && !semicolon ? Invariant(mandaat) : Dutch(mandaat, groups: false) + "%") : null,
            facts.Patienten is { } patienten ? (random.Next(2) == 0 ? patienten.ToString(CultureInfo.InvariantCulture) : Dutch(patienten, groups: true)) : null,
            facts.Vecozo is { } vecozo ? (random.Next(3) switch { 0 => vecozo ? "ja" : "nee", 1 => vecozo ? "true" : "false", _ => vecozo ? "waar" : "onwaar" }) : null,
            facts.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            facts.Locaties is { } locaties ? JsonList(locaties) : null,
        };
        var unquoted = -1;
        ExpectedError? expected = null;
        if (mutate)
        {
            switch (random.Next(6))
            {
                case 0:
                    // Not at the start of the cell: there a quote opens a quoted cell, as RFC 4180 says.
                    cells[0] = "Praktijk \"De Linde";
                    unquoted = 0;
                    expected = new("ZI8008", string.Empty, "los aanhalingsteken in een cel zonder aanhalingstekens");
                    break;
                case 1:
                    cells[7] = """[{"eigen\ud800":true}]""";
                    expected = new("ZI8011", @"locaties[0].eigen\ud800", "losse surrogaat in een veldnaam in een JSON-cel", @"\ud800");
                    break;
                case 2:
                    cells[7] = """[{"eigen":"\udc00"}]""";
                    expected = new("ZI8011", "locaties[0].eigen", "losse surrogaat in een JSON-cel", @"\udc00");
                    break;
                case 3:
                    cells[7] = """[{"eigen":true,"eigen":true}]""";
                    expected = new("ZI8013", "locaties[0].eigen", "veld twee keer in een JSON-cel");
                    break;
                case 4:
                    var (field, text) = DottedNumber(form);
                    cells[Array.IndexOf(BadInput.FactsPolicy.Fields, field)] = text;
                    expected = new("ZI8012", field, $"getal met een punt: {text}");
                    break;
                default:
                    return NotUtf8(Encoding.UTF8.GetBytes(RenderRow(cells, delimiter, unquoted)));
            }
        }

        return (Encoding.UTF8.GetBytes(RenderRow(cells, delimiter, unquoted)), expected);
    }

    /// <summary>A byte that is never UTF-8, put before an ASCII byte so it cannot complete or break a neighbouring character.</summary>
    private (byte[], ExpectedError?) NotUtf8(byte[] record)
    {
        var ascii = Enumerable.Range(0, record.Length + 1).Where(i => i == record.Length || record[i] < 0x80).ToList();
        var at = ascii[random.Next(ascii.Count)];
        var bad = NeverUtf8[random.Next(NeverUtf8.Length)];
        var bytes = record[..at].Append(bad).Concat(record[at..]).ToArray();
        return (bytes, new("ZI8001", string.Empty, $"byte 0x{bad:X2} op positie {at}", $"byte {at + 1} van dit record (0x{bad:X2})"));
    }

    /// <summary>A number with a dot that is not between groups of three, as a user might write it; in a comma-separated file a plain "0.8" is a JSON number and fine.</summary>
    private (string Field, string Text) DottedNumber(FactsForm form)
    {
        (string, string)[] choices = form == FactsForm.CommaCsv
            ? [("fte", "1.2.3"), ("omzet", "€ 12.50"), ("mandaat", "5.5%"), ("omzet", "1.234.56")]
            : [("fte", "0.8"), ("fte", "1.2.3"), ("omzet", "12.50"), ("omzet", "€ 12.50"), ("mandaat", "5.5%"), ("mandaat", "0.5"), ("fte", "12.5000"), ("omzet", "1.23,5")];
        return choices[random.Next(choices.Length)];
    }

    private static void Replace(List<(string Name, string Value)> members, string name, string value)
    {
        var index = members.FindIndex(m => m.Name == name);
        if (index < 0)
        {
            members.Add((name, value));
        }
        else
        {
            members[index] = (name, value);
        }
    }

    private string Render(List<(string Name, string Value)> members)
    {
        var space = random.Next(2) == 0 ? " " : string.Empty;
        return "{" + space + string.Join("," + space, members.Select(m => $"\"{m.Name}\":{space}{m.Value}")) + space + "}";
    }

    private string RenderRow(string?[] cells, char delimiter, int unquoted) =>
        string.Join(delimiter, cells.Select((cell, i) =>
            cell is null ? string.Empty
            : i != unquoted && (cell.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 || cell.StartsWith(' ') || random.Next(5) == 0) ? "\"" + cell.Replace("\"", "\"\"") + "\""
            : cell));

    private static char Delimiter(FactsForm form) => form == FactsForm.SemicolonCsv ? ';' : ',';

    private static string JsonList(bool[] eigen) => "[" + string.Join(",", eigen.Select(e => e ? """{"eigen":true}""" : """{"eigen":false}""")) + "]";

    private static string Quote(string text) => JsonSerializer.Serialize(text, Json);

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Dutch notation: a decimal comma, and with <paramref name="groups"/> a dot between groups of three.</summary>
    private static string Dutch(decimal value, bool groups)
    {
        var text = value.ToString(groups ? "#,0.##" : "0.##", CultureInfo.InvariantCulture);
        return text.Replace(",", "\u0001").Replace(".", ",").Replace("\u0001", ".");
    }

    /// <summary>One fact in six is left out: an unknown fact, which every form must carry alike.</summary>
    private bool Missing() => random.Next(6) == 0;
}
