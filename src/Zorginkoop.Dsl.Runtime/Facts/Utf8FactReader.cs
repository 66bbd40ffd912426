using System.Globalization;
using System.Text.Json;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Facts;

/// <summary>
/// The fast path for reading many fact records, one JSON object per call, straight from UTF-8 bytes (no document,
/// no UTF-16 copy of the text, keuze values shared with the schema instead of allocated). It accepts exactly what
/// <see cref="FactReader"/> accepts and yields equal values; on anything else it gives up, and the caller reads the
/// same text with <see cref="FactReader"/>, so every error message still comes from one place. One instance per
/// schema; it holds no per-record state and may be shared between threads.
/// </summary>
public sealed class Utf8FactReader
{
    private const int MaxNameLength = 256;

    private static readonly object True = true;
    private static readonly object False = false;

    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly RecordPlan root;

    public Utf8FactReader(RecordSchema schema)
    {
        Schema = schema;
        root = RecordPlan.For(schema, []);
    }

    public RecordSchema Schema { get; }

    /// <summary>
    /// Reads one record. False means "not read here", never "invalid": call <see cref="FactReader.Parse(ReadOnlySpan{byte}, RecordSchema, string)"/> on the same
    /// text for the facts or the errors.
    /// </summary>
    public bool TryRead(ReadOnlySpan<byte> json, out FactRecord? facts)
    {
        facts = null;
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            // The JSON reader skips comments without checking them; FactReader refuses any byte that is not UTF-8.
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(json, isFinalBlock: true, new JsonReaderState(Options));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !TryReadRecord(ref reader, root, out facts))
            {
                return false;
            }

            // Anything after the object makes the text invalid JSON; the reader throws for it.
            return !reader.Read();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            facts = null;
            return false;
        }
    }

    private static bool TryReadRecord(ref Utf8JsonReader reader, RecordPlan plan, out FactRecord? record)
    {
        record = null;
        var values = new object?[plan.Fields.Length];
        // A field given twice is FactReader's error to report, so each field may be read once.
        Span<bool> seen = plan.Fields.Length <= 256 ? stackalloc bool[plan.Fields.Length] : new bool[plan.Fields.Length];
        // Records written by one tool list their fields in one order, often the declared one: guess the field after
        // the previous one first, and look the name up only when the guess is wrong.
        var expected = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int index;
            if (reader.ValueIsEscaped || reader.HasValueSequence)
            {
                if (!TryUnescaped(ref reader, plan.Index, out index))
                {
                    return false;
                }
            }
            else
            {
                var name = reader.ValueSpan;
                index = plan.Names.Is(expected, name) ? expected : plan.Names.IndexOf(name);
            }

            if (index < 0 || seen[index] || !reader.Read() || !TryReadValue(ref reader, plan.Fields[index], out values[index]))
            {
                return false;
            }

            seen[index] = true;
            expected = index + 1;
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        record = new FactRecord(plan.Schema, values);
        return true;
    }

    /// <summary>A name written with JSON escapes (<c>\u0061antal</c>) is unescaped before it is looked up.</summary>
    private static bool TryUnescaped<T>(ref Utf8JsonReader reader, Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup, out T found)
    {
        found = default!;
        if (reader.HasValueSequence ? reader.ValueSequence.Length > MaxNameLength : reader.ValueSpan.Length > MaxNameLength)
        {
            return false;
        }

        Span<char> text = stackalloc char[MaxNameLength];
        var length = reader.CopyString(text);
        return lookup.TryGetValue(text[..length], out found!);
    }

    private static bool TryReadValue(ref Utf8JsonReader reader, FieldPlan plan, out object? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        switch (plan.Type.Kind)
        {
            case ValueKind.Text when reader.TokenType == JsonTokenType.String:
                value = reader.GetString();
                return true;
            case ValueKind.Boolean when reader.TokenType is JsonTokenType.True or JsonTokenType.False:
                value = reader.TokenType == JsonTokenType.True ? True : False;
                return true;
            case ValueKind.Integer when reader.TokenType == JsonTokenType.Number:
                if (reader.TryGetInt64(out var whole))
                {
                    value = whole;
                    return true;
                }

                return false;
            case ValueKind.Decimal or ValueKind.Money or ValueKind.Percentage:
                if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
                {
                    value = number;
                    // A fraction for a percentage deserves FactReader's warning (ZI8014).
                    return plan.Type.Kind != ValueKind.Percentage || !FactReader.IsFractionForPercentage(number, string.Empty);
                }

                if (reader.TokenType == JsonTokenType.String && reader.GetString()! is var written && DutchNumberText.Read(written, plan.Type.Kind, out var parsed) == DutchNumberReading.Number)
                {
                    value = parsed;
                    return plan.Type.Kind != ValueKind.Percentage || !FactReader.IsFractionForPercentage(parsed, written);
                }

                return false;
            case ValueKind.Date when reader.TokenType == JsonTokenType.String:
                if (DateOnly.TryParseExact(reader.GetString(), FactReader.DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    value = date;
                    return true;
                }

                return false;
            case ValueKind.DateTime when reader.TokenType == JsonTokenType.String:
                if (System.DateTime.TryParseExact(reader.GetString(), FactReader.DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
                {
                    value = moment;
                    return true;
                }

                return false;
            case ValueKind.Duration when reader.TokenType == JsonTokenType.String:
                if (Duration.TryParse(reader.GetString()!, out var duration))
                {
                    value = duration;
                    return true;
                }

                return false;
            case ValueKind.Choice when reader.TokenType == JsonTokenType.String:
                return TryReadChoice(ref reader, plan, out value);
            case ValueKind.Record when reader.TokenType == JsonTokenType.StartObject:
                var read = TryReadRecord(ref reader, plan.Record!, out var record);
                value = record;
                return read;
            case ValueKind.List when reader.TokenType == JsonTokenType.StartArray:
                var items = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (!TryReadValue(ref reader, plan.Element!, out var item))
                    {
                        return false;
                    }

                    items.Add(item);
                }

                value = items;
                return true;
            default:
                return false;
        }
    }

    /// <summary>A keuze value becomes the schema's own member string, so a million records share a handful of strings.</summary>
    private static bool TryReadChoice(ref Utf8JsonReader reader, FieldPlan plan, out object? value)
    {
        value = null;
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            var read = TryUnescaped(ref reader, plan.ChoiceIndex!.Value, out string member);
            value = member;
            return read;
        }

        var index = plan.Choices!.IndexOf(reader.ValueSpan);
        if (index < 0)
        {
            return false;
        }

        value = plan.Choices.Names[index];
        return true;
    }

    private sealed class RecordPlan
    {
        private RecordPlan(RecordSchema schema)
        {
            Schema = schema;
            Index = schema.Fields.Select((f, i) => (f.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            Names = new Utf8NameTable([.. schema.Fields.Select(f => f.Name)]);
            Fields = new FieldPlan[schema.Fields.Count];
        }

        public RecordSchema Schema { get; }

        public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Index { get; }

        public Utf8NameTable Names { get; }

        public FieldPlan[] Fields { get; }

        /// <summary>Plans are shared per schema, so records that refer to themselves (or each other) terminate.</summary>
        public static RecordPlan For(RecordSchema schema, Dictionary<RecordSchema, RecordPlan> made)
        {
            if (made.TryGetValue(schema, out var existing))
            {
                return existing;
            }

            var plan = new RecordPlan(schema);
            made[schema] = plan;
            for (var i = 0; i < schema.Fields.Count; i++)
            {
                plan.Fields[i] = FieldPlan.For(schema.Fields[i].Type, made);
            }

            return plan;
        }
    }

    private sealed class FieldPlan
    {
        private FieldPlan(TypeSchema type)
        {
            Type = type;
        }

        public TypeSchema Type { get; }

        public RecordPlan? Record { get; private init; }

        public FieldPlan? Element { get; private init; }

        public Utf8NameTable? Choices { get; private init; }

        public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? ChoiceIndex { get; private init; }

        public static FieldPlan For(TypeSchema type, Dictionary<RecordSchema, RecordPlan> made) => new(type)
        {
            Record = type.Record is null ? null : RecordPlan.For(type.Record, made),
            Element = type.Element is null ? null : For(type.Element, made),
            Choices = type.ChoiceMembers is null ? null : new Utf8NameTable(type.ChoiceMembers),
            ChoiceIndex = type.ChoiceMembers is null
                ? null
                : type.ChoiceMembers.Distinct(StringComparer.Ordinal).ToDictionary(m => m, m => m, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
        };
    }
}
