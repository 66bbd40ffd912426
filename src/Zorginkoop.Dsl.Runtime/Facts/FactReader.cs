using System.Globalization;
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
    internal static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];

    public static (FactRecord? Facts, IReadOnlyList<FactError> Errors) Parse(string json, RecordSchema schema, string recordLabel)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return Read(document.RootElement, schema, recordLabel);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (regel {line + 1}, positie {(e.BytePositionInLine ?? 0) + 1})" : string.Empty;
            return (null, [new FactError(FactErrorCodes.InvalidJson, recordLabel, string.Empty, $"Dit is geen geldige JSON{where}.")]);
        }
    }

    public static (FactRecord? Facts, IReadOnlyList<FactError> Errors) Read(JsonElement element, RecordSchema schema, string recordLabel)
    {
        var errors = new List<FactError>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FactError(FactErrorCodes.NotAnObject, recordLabel, string.Empty, $"Verwacht een JSON-object met de gegevens van {schema.Name}, maar vond {Describe(element)}."));
            return (null, errors);
        }

        return (ReadRecord(element, schema, recordLabel, string.Empty, errors), errors);
    }

    private static FactRecord ReadRecord(JsonElement element, RecordSchema schema, string record, string path, List<FactError> errors)
    {
        var values = new object?[schema.Fields.Count];
        foreach (var property in element.EnumerateObject())
        {
            var fieldPath = path.Length == 0 ? property.Name : path + "." + property.Name;
            var index = schema.IndexOf(property.Name);
            if (index < 0)
            {
                var suggestion = NameSuggester.Suggest(property.Name, schema.Fields.Select(f => f.Name));
                var hint = suggestion is null ? string.Empty : $" Bedoelde u '{suggestion}'?";
                errors.Add(new FactError(FactErrorCodes.UnknownField, record, fieldPath, $"'{property.Name}' is geen veld van {schema.Name}.{hint}"));
                continue;
            }

            values[index] = ReadValue(property.Value, schema.Fields[index].Type, record, fieldPath, errors);
        }

        return new FactRecord(schema, values);
    }

    private static object? ReadValue(JsonElement element, TypeSchema type, string record, string path, List<FactError> errors)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
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
                return element.ValueKind == JsonValueKind.String ? element.GetString() : Wrong();
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

                return element.TryGetDecimal(out var fraction) && fraction != decimal.Truncate(fraction) ? Wrong() : OutOfRange();
            case ValueKind.Decimal or ValueKind.Money or ValueKind.Percentage:
                if (element.ValueKind == JsonValueKind.Number)
                {
                    return element.TryGetDecimal(out var number) ? number : OutOfRange();
                }

                if (element.ValueKind == JsonValueKind.String && TryParseDutchNumber(element.GetString()!, type.Kind, out var parsed))
                {
                    return parsed;
                }

                return Wrong();
            case ValueKind.Date:
                if (element.ValueKind == JsonValueKind.String
                    && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                return InvalidDate(element, record, path, errors, "JJJJ-MM-DD, bijvoorbeeld \"2026-03-10\"");
            case ValueKind.DateTime:
                if (element.ValueKind == JsonValueKind.String
                    && System.DateTime.TryParseExact(element.GetString(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
                {
                    return moment;
                }

                return InvalidDate(element, record, path, errors, "JJJJ-MM-DDTUU:MM, bijvoorbeeld \"2026-03-10T17:00\"");
            case ValueKind.Duration:
                return element.ValueKind == JsonValueKind.String && Duration.TryParse(element.GetString()!, out var duration) ? duration : Wrong();
            case ValueKind.Choice:
                if (element.ValueKind != JsonValueKind.String)
                {
                    return Wrong();
                }

                var member = element.GetString()!;
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

    /// <summary>Accepts what an author might type in a spreadsheet: "85%", "€ 250.000", "1,5".</summary>
    internal static bool TryParseDutchNumber(string text, ValueKind kind, out decimal value)
    {
        var cleaned = text.Trim();
        if (kind == ValueKind.Percentage)
        {
            cleaned = cleaned.TrimEnd('%').TrimEnd();
        }

        if (kind == ValueKind.Money)
        {
            cleaned = cleaned.TrimStart('€').Trim();
            if (cleaned.EndsWith(",-", StringComparison.Ordinal))
            {
                cleaned = cleaned[..^2];
            }
        }

        cleaned = cleaned.Replace(".", string.Empty).Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
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
