using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Facts;

/// <summary>
/// Reads facts from JSON against a record schema. Field names are the gegevens names; a missing field or null is an
/// unknown fact. Every problem becomes a <see cref="FactError"/> naming record and field; the field is then left
/// unknown, so nothing wrong is silently used.
/// </summary>
public static class FactReader
{
    /// <summary>The forms a tijdstip may take; shared with <see cref="Utf8FactReader"/> so both accept the same.</summary>
    /// <summary>
    /// ISO 8601, and the day-month-year that a Dutch spreadsheet writes (<c>10-3-2026</c>, <c>10-03-2026</c>): the year
    /// stands first or last, so the two cannot be confused; month-day-year is never read.
    /// </summary>
    internal static readonly string[] DateFormats = ["yyyy-MM-dd", "d-M-yyyy"];

    internal static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd", "d-M-yyyy H:mm", "d-M-yyyy H:mm:ss", "d-M-yyyy"];

    /// <summary>64 levels, the reader's default, stated so the error can name it: a record schema nests a few levels.</summary>
    private static readonly JsonDocumentOptions ReadOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    public static (FactRecord? Facts, IReadOnlyList<FactError> Errors) Parse(string json, RecordSchema schema, string recordLabel)
    {
        try
        {
            using var document = JsonDocument.Parse(json, ReadOptions);
            return Read(document.RootElement, schema, recordLabel);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (regel {line + 1}, positie {(e.BytePositionInLine ?? 0) + 1})" : string.Empty;
            var message = JsonNesting.IsTooDeep(json, ReadOptions.MaxDepth)
                ? $"De gegevens zijn dieper genest dan de {ReadOptions.MaxDepth} niveaus die worden gelezen{where}; geen beleid kent zulke diepe gegevens."
                : $"Dit is geen geldige JSON{where}.";
            return (null, [new FactError(FactErrorCodes.InvalidJson, recordLabel, string.Empty, message)]);
        }
    }

    /// <summary>
    /// Reads one record from its UTF-8 bytes (a line of a batch): bytes that are not UTF-8 are an error naming their
    /// position in the record, by the same rule as a single facts file (<see cref="FactEncoding"/>).
    /// </summary>
    public static (FactRecord? Facts, IReadOnlyList<FactError> Errors) Parse(ReadOnlySpan<byte> utf8, RecordSchema schema, string recordLabel) =>
        FactEncoding.Decode(utf8, recordLabel, "dit record", out var notUtf8) is { } json ? Parse(json, schema, recordLabel) : (null, [notUtf8!]);

    public static (FactRecord? Facts, IReadOnlyList<FactError> Errors) Read(JsonElement element, RecordSchema schema, string recordLabel)
    {
        var errors = new List<FactError>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FactError(FactErrorCodes.NotAnObject, recordLabel, string.Empty, $"Verwacht een JSON-object met de gegevens van {schema.Name}, maar vond {Describe(element)}."));
            return (null, errors);
        }

        var facts = ReadRecord(element, schema, recordLabel, string.Empty, errors);
        if (!errors.Any(e => e.IsWarning))
        {
            return (facts, errors);
        }

        facts.Warnings = [.. errors.Where(e => e.IsWarning)];
        return (facts, [.. errors.Where(e => !e.IsWarning)]);
    }

    /// <summary>
    /// 0,42 where a percentage is expected: a spreadsheet's fraction (42%) or really 0,42%? Read as written (0,42%),
    /// with ZI8014; "0,42%" with its sign, 0 and whole numbers are clear. <see cref="Utf8FactReader"/> leaves such a
    /// value to this reader, so the warning is given on both paths.
    /// </summary>
    internal static bool IsFractionForPercentage(decimal value, ReadOnlySpan<char> written) =>
        value != 0 && Math.Abs(value) < 1 && !written.TrimEnd().EndsWith('%');

    private static void WarnFraction(decimal value, string written, string record, string path, List<FactError> errors)
    {
        var percent = Dutch(value * 100);
        var shown = Dutch(value);
        errors.Add(new FactError(FactErrorCodes.FractionAsPercentage, record, path,
            $"{written} is gelezen als {shown}%, maar lijkt een breuk ({percent}%), zoals een spreadsheet die opslaat. Bedoelt u {percent}%, schrijf dan {percent}; bedoelt u echt {shown}%, schrijf dan \"{shown}%\".",
            IsWarning: true));

        static string Dutch(decimal number) => (number / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture).Replace('.', ',');
    }

    private static FactRecord ReadRecord(JsonElement element, RecordSchema schema, string record, string path, List<FactError> errors)
    {
        var values = new object?[schema.Fields.Count];
        var seen = new bool[schema.Fields.Count];
        foreach (var property in element.EnumerateObject())
        {
            if (!TryGetName(property, out var name))
            {
                var raw = System.Text.Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8PropertyName(property));
                errors.Add(new FactError(FactErrorCodes.InvalidText, record, path.Length == 0 ? raw : path + "." + raw,
                    $"De veldnaam \"{Shorten(raw)}\" {LoneSurrogate(raw)}"));
                continue;
            }

            var fieldPath = path.Length == 0 ? name : path + "." + name;
            var index = schema.IndexOf(name);
            if (index < 0)
            {
                var suggestion = NameSuggester.Suggest(name, schema.Fields.Select(f => f.Name));
                var hint = suggestion is null ? string.Empty : $" Bedoelde u '{suggestion}'?";
                errors.Add(new FactError(FactErrorCodes.UnknownField, record, fieldPath, $"'{name}' is geen veld van {schema.Name}.{hint}"));
                continue;
            }

            if (seen[index])
            {
                // Which of two values was meant cannot be known; a JSON reader that keeps the last one would decide it silently.
                errors.Add(new FactError(FactErrorCodes.DuplicateField, record, fieldPath,
                    $"Het veld '{name}' staat meer dan eens in dit object, dus welke waarde geldt is niet te zeggen. Geef elk veld één keer."));
                values[index] = null;
                continue;
            }

            seen[index] = true;
            values[index] = ReadValue(property.Value, schema.Fields[index].Type, record, fieldPath, errors);
        }

        return new FactRecord(schema, values);
    }

    private static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            // Half of a surrogate pair written as an escape: no string can hold it.
            name = string.Empty;
            return false;
        }
    }

    private static bool TryGetText(JsonElement element, out string text)
    {
        try
        {
            text = element.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static string LoneSurrogate(string raw) =>
        (LoneSurrogateEscape.Find(raw) is { } escape ? $"bevat {escape}: " : "bevat ")
        + "de helft van een UTF-16-tekenpaar zonder de andere helft, en dat is geen teken. Schrijf het teken zelf, of beide helften (zoals \\ud83d\\ude00).";

    /// <summary>Quoted input in a message stays short: the field already says where it is.</summary>
    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static object? ReadValue(JsonElement element, TypeSchema type, string record, string path, List<FactError> errors)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = string.Empty;
        if (element.ValueKind == JsonValueKind.String && !TryGetText(element, out text))
        {
            var raw = element.GetRawText();
            errors.Add(new FactError(FactErrorCodes.InvalidText, record, path, $"De tekst {Shorten(raw)} {LoneSurrogate(raw)}"));
            return null;
        }

        object? Wrong()
        {
            errors.Add(new FactError(FactErrorCodes.WrongType, record, path, $"Verwacht {Expectation(type)}, maar vond {Describe(element)}."));
            return null;
        }

        object? OutOfRange()
        {
            errors.Add(new FactError(FactErrorCodes.OutOfRange, record, path, $"{element.GetRawText()} valt buiten het bereik van {type.DisplayName}."));
            return null;
        }

        switch (type.Kind)
        {
            case ValueKind.Text:
                return element.ValueKind == JsonValueKind.String ? text : Wrong();
            case ValueKind.Boolean:
                return element.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => Wrong() };
            case ValueKind.Integer:
                if (element.ValueKind != JsonValueKind.Number)
                {
                    return Wrong();
                }

                if (element.TryGetInt64(out var whole))
                {
                    return whole;
                }

                if (!element.TryGetDecimal(out var fraction) || fraction != decimal.Truncate(fraction))
                {
                    return fraction != decimal.Truncate(fraction) ? Wrong() : OutOfRange();
                }

                if (fraction is >= long.MinValue and <= long.MaxValue)
                {
                    // 3000.0 or 3e3: a whole number written as a decimal (spreadsheets and pandas do), not read as one.
                    var instead = decimal.Truncate(fraction).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    errors.Add(new FactError(FactErrorCodes.WrongType, record, path,
                        $"{element.GetRawText()} is als decimaal getal geschreven, maar {type.DisplayName} is een geheel getal: schrijf {instead}."));
                    return null;
                }

                return OutOfRange();
            case ValueKind.Decimal or ValueKind.Money or ValueKind.Percentage:
                if (element.ValueKind == JsonValueKind.Number)
                {
                    if (!element.TryGetDecimal(out var number))
                    {
                        return OutOfRange();
                    }

                    if (type.Kind == ValueKind.Percentage && IsFractionForPercentage(number, string.Empty))
                    {
                        WarnFraction(number, element.GetRawText(), record, path, errors);
                    }

                    return number;
                }

                if (element.ValueKind != JsonValueKind.String)
                {
                    return Wrong();
                }

                switch (DutchNumberText.Read(text, type.Kind, out var parsed))
                {
                    case DutchNumberReading.Number:
                        if (type.Kind == ValueKind.Percentage && IsFractionForPercentage(parsed, text))
                        {
                            WarnFraction(parsed, $"\"{Shorten(text)}\"", record, path, errors);
                        }

                        return parsed;
                    case DutchNumberReading.OutOfRange:
                        return OutOfRange();
                    case DutchNumberReading.MisplacedDot:
                        var instead = DutchNumberText.WithDecimalComma(text, type.Kind) is { } comma
                            ? $"Bedoelt u een decimaal getal, schrijf dan \"{comma}\"; in JSON mag ook een getal zonder aanhalingstekens met een decimale punt."
                            : "Schrijf duizendtallen als \"1.234.567\" en decimalen met een komma: \"1.234,5\".";
                        errors.Add(new FactError(FactErrorCodes.AmbiguousNumber, record, path,
                            $"\"{Shorten(text)}\" is niet eenduidig te lezen: in tekst scheidt een punt alleen duizendtallen (\"1.200\" is twaalfhonderd), met na elke punt precies drie cijfers. {instead}"));
                        return null;
                    default:
                        return Wrong();
                }
            case ValueKind.Date:
                if (element.ValueKind == JsonValueKind.String
                    && DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                return InvalidDate(element, record, path, errors, "JJJJ-MM-DD of D-M-JJJJ, bijvoorbeeld \"2026-03-10\" of \"10-3-2026\"");
            case ValueKind.DateTime:
                if (element.ValueKind == JsonValueKind.String
                    && System.DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
                {
                    return moment;
                }

                return InvalidDate(element, record, path, errors, "JJJJ-MM-DDTUU:MM of D-M-JJJJ UU:MM, bijvoorbeeld \"2026-03-10T17:00\" of \"10-3-2026 17:00\"");
            case ValueKind.Duration:
                return element.ValueKind == JsonValueKind.String && Duration.TryParse(text, out var duration) ? duration : Wrong();
            case ValueKind.Choice:
                if (element.ValueKind != JsonValueKind.String)
                {
                    return Wrong();
                }

                var member = text;
                if (type.ChoiceMembers!.Contains(member, StringComparer.Ordinal))
                {
                    return member;
                }

                var suggestion = NameSuggester.Suggest(member, type.ChoiceMembers!);
                errors.Add(new FactError(FactErrorCodes.UnknownChoice, record, path,
                    $"\"{member}\" is geen waarde van keuze {type.DisplayName}; toegestaan: {string.Join(", ", type.ChoiceMembers!)}." + (suggestion is null ? string.Empty : $" Bedoelde u '{suggestion}'?")));
                return null;
            case ValueKind.Record:
                return element.ValueKind == JsonValueKind.Object ? ReadRecord(element, type.Record!, record, path, errors) : Wrong();
            case ValueKind.List:
                if (element.ValueKind != JsonValueKind.Array)
                {
                    return Wrong();
                }

                var items = new List<object?>();
                var position = 0;
                foreach (var item in element.EnumerateArray())
                {
                    items.Add(ReadValue(item, type.Element!, record, $"{path}[{position++}]", errors));
                }

                return items;
            default:
                return Wrong();
        }
    }

    private static object? InvalidDate(JsonElement element, string record, string path, List<FactError> errors, string format)
    {
        errors.Add(new FactError(FactErrorCodes.InvalidDate, record, path, $"{element.GetRawText()} is geen geldige datum; gebruik {format}."));
        return null;
    }

    private static string Expectation(TypeSchema type) => type.Kind switch
    {
        ValueKind.Text => "tekst",
        ValueKind.Boolean => "ja/nee (true of false)",
        ValueKind.Integer => "een geheel getal (aantal)",
        ValueKind.Decimal => "een getal (decimaal)",
        ValueKind.Money => "een bedrag in euro's",
        ValueKind.Percentage => "een percentage (85 of \"85%\")",
        ValueKind.Duration => "een duur zoals \"30 minuten\"",
        ValueKind.Choice => $"een waarde van keuze {type.DisplayName}",
        ValueKind.Record => $"een object met de gegevens van {type.DisplayName}",
        ValueKind.List => $"een lijst ({type.DisplayName})",
        _ => type.DisplayName,
    };

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"de tekst {element.GetRawText()}",
        JsonValueKind.Number => $"het getal {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Array => "een lijst",
        JsonValueKind.Object => "een object",
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };
}
