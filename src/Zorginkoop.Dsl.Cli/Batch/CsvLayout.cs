using System.Text;
using System.Text.Json;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>
/// What the header of a facts CSV means for the policy's gegevens: a column per field, a dotted name for a field of
/// a nested record (<c>kis.inzage</c>), a list or record as JSON in its cell. Each data row is rewritten as the JSON
/// object the same facts would have in a JSONL file, so CSV and JSONL are read, checked and reported alike.
/// </summary>
internal sealed class CsvLayout
{
    private readonly Node root;

    private CsvLayout(byte delimiter, int columns, Node root)
    {
        Delimiter = delimiter;
        Columns = columns;
        this.root = root;
    }

    public byte Delimiter { get; }

    public int Columns { get; }

    /// <summary>Reads the header row; problems are ZI8002 (no such field) and ZI8009 (a header that cannot be used).</summary>
    public static (CsvLayout? Layout, IReadOnlyList<FactError> Errors) FromHeader(ReadOnlySpan<byte> header, RecordSchema schema, string label)
    {
        var delimiter = CsvRow.DetectDelimiter(header);
        var row = new CsvRow();
        if (!row.TryParse(header, delimiter))
        {
            return (null, [new FactError(FactErrorCodes.InvalidCsvHeader, label, string.Empty, "De kop heeft aanhalingstekens die niet kloppen.")]);
        }

        var errors = new List<FactError>();
        var root = new Node(schema);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var column = 0; column < row.Count; column++)
        {
            var name = Encoding.UTF8.GetString(row[column]).Trim();
            if (name.Length == 0)
            {
                errors.Add(new FactError(FactErrorCodes.InvalidCsvHeader, label, string.Empty, $"Kolom {column + 1} heeft geen naam; elke kolom heet naar een veld van {schema.Name}."));
            }
            else if (!seen.Add(name))
            {
                errors.Add(new FactError(FactErrorCodes.InvalidCsvHeader, label, name, $"De kolom '{name}' staat twee keer in de kop."));
            }
            else
            {
                Place(root, name, column, label, errors);
            }
        }

        return errors.Count > 0 ? (null, errors) : (new CsvLayout(delimiter, row.Count, root), []);
    }

    /// <summary>
    /// Writes the row as a JSON object to <paramref name="json"/>. Null when the row is well formed; otherwise what
    /// is wrong with it (a ZI8008 message).
    /// </summary>
    public string? ToJson(CsvRow row, ReadOnlySpan<byte> text, Utf8JsonWriter json)
    {
        if (!row.TryParse(text, Delimiter))
        {
            var lines = text.TrimEnd("\r\n"u8).Count((byte)'\n') + 1;
            // A quote that opens a cell and is never closed takes the lines after it into this row: say so, so the
            // rows it took are not lost without a word.
            var spread = lines > 1 ? $" Deze rij beslaat {lines} regels, omdat een \" aan het begin van een cel pas verderop (of nooit) wordt gesloten; de regels daartussen zijn niet als eigen rij gelezen." : string.Empty;
            return "De aanhalingstekens in deze rij kloppen niet: een cel met een scheidingsteken, aanhalingsteken of regeleinde staat tussen \"…\", en een \" daarbinnen schrijft u als \"\"." + spread;
        }

        if (row.Count != Columns)
        {
            return $"Deze rij heeft {row.Count} cellen, maar de kop heeft {Columns} kolommen.";
        }

        WriteObject(root, row, json);
        json.Flush();
        return null;
    }

    private static void Place(Node root, string name, int column, string label, List<FactError> errors)
    {
        var node = root;
        var parts = name.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var path = string.Join('.', parts[..(i + 1)]);
            var field = node.Schema.Find(parts[i]);
            if (field is null)
            {
                var suggestion = NameSuggester.Suggest(parts[i], node.Schema.Fields.Select(f => f.Name));
                errors.Add(new FactError(FactErrorCodes.UnknownField, label, path,
                    $"De kolom '{name}': '{parts[i]}' is geen veld van {node.Schema.Name}." + (suggestion is null ? string.Empty : $" Bedoelde u '{suggestion}'?")));
                return;
            }

            var entry = node.Entries.FirstOrDefault(e => e.Field.Name == field.Name);
            if (i == parts.Length - 1)
            {
                if (entry is not null)
                {
                    errors.Add(new FactError(FactErrorCodes.InvalidCsvHeader, label, path, $"De kolom '{name}' overlapt met een andere kolom voor hetzelfde veld."));
                    return;
                }

                node.Entries.Add(new Entry(field, column, null));
                return;
            }

            if (field.Type.Kind != ValueKind.Record)
            {
                errors.Add(new FactError(FactErrorCodes.InvalidCsvHeader, label, path,
                    $"De kolom '{name}': '{path}' is {field.Type.DisplayName}, geen gegevens met velden. Geef een lijst als JSON in één kolom '{path}'."));
                return;
            }

            if (entry is null)
            {
                entry = new Entry(field, -1, new Node(field.Type.Record!));
                node.Entries.Add(entry);
            }
            else if (entry.Child is null)
            {
                errors.Add(new FactError(FactErrorCodes.InvalidCsvHeader, label, path, $"De kolom '{name}' overlapt met de kolom '{path}'."));
                return;
            }

            node = entry.Child!;
        }
    }

    private void WriteObject(Node node, CsvRow row, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        foreach (var entry in node.Entries)
        {
            if (entry.Child is not null)
            {
                // A nested record whose cells are all empty stays unknown, as if the field were absent.
                if (!IsEmpty(entry.Child, row))
                {
                    json.WritePropertyName(entry.Name);
                    WriteObject(entry.Child, row, json);
                }

                continue;
            }

            var cell = Trim(row[entry.Column]);
            if (cell.IsEmpty)
            {
                continue;
            }

            json.WritePropertyName(entry.Name);
            WriteValue(entry.Field.Type, cell, json);
        }

        json.WriteEndObject();
    }

    private static bool IsEmpty(Node node, CsvRow row) =>
        node.Entries.All(e => e.Child is null ? Trim(row[e.Column]).IsEmpty : IsEmpty(e.Child, row));

    /// <summary>
    /// A cell becomes the JSON value the facts reader expects where its text is unmistakable (ja/nee, whole numbers,
    /// JSON for lists and records); anything else goes in as text, so the reader accepts it ("1,5", "85%",
    /// "€ 250.000") or reports it with the usual code and message.
    /// </summary>
    private void WriteValue(TypeSchema type, ReadOnlySpan<byte> cell, Utf8JsonWriter json)
    {
        switch (type.Kind)
        {
            case ValueKind.Boolean when Is(cell, "ja") || Is(cell, "true") || Is(cell, "waar"):
                json.WriteBooleanValue(true);
                return;
            case ValueKind.Boolean when Is(cell, "nee") || Is(cell, "false") || Is(cell, "onwaar"):
                json.WriteBooleanValue(false);
                return;
            case ValueKind.Integer:
                Span<byte> digits = stackalloc byte[32];
                if (IsWholeNumber(cell, digits, out var length))
                {
                    json.WriteRawValue(digits[..length], skipInputValidation: true);
                }
                else
                {
                    WriteText(cell, json);
                }

                return;
            case ValueKind.Decimal or ValueKind.Money or ValueKind.Percentage when IsPlainDecimal(cell, Delimiter):
                json.WriteRawValue(cell, skipInputValidation: true);
                return;
            case ValueKind.List or ValueKind.Record when IsJsonValue(cell):
                json.WriteRawValue(cell, skipInputValidation: true);
                return;
            default:
                WriteText(cell, json);
                return;
        }
    }

    /// <summary>The row was checked to be UTF-8 before it got here (<see cref="RecordProcessor"/>).</summary>
    private static void WriteText(ReadOnlySpan<byte> cell, Utf8JsonWriter json) => json.WriteStringValue(cell);

    private static bool Is(ReadOnlySpan<byte> cell, string word) => Ascii.EqualsIgnoreCase(cell, word);

    /// <summary>"1200" and the Dutch "1.200" (dots between groups of three), never "1.5"; the digits without dots.</summary>
    private static bool IsWholeNumber(ReadOnlySpan<byte> cell, Span<byte> digits, out int length)
    {
        length = 0;
        var body = cell.Length > 0 && cell[0] == (byte)'-' ? cell[1..] : cell;
        if (body.IsEmpty || body.Length > 30 || body.IndexOfAnyExcept("0123456789."u8) >= 0)
        {
            return false;
        }

        var firstDot = body.IndexOf((byte)'.');
        if (firstDot >= 0)
        {
            // Groups: 1 to 3 digits, then ".ddd" exactly, to the end.
            if (firstDot is 0 or > 3 || (body.Length - firstDot) % 4 != 0)
            {
                return false;
            }

            for (var i = firstDot; i < body.Length; i += 4)
            {
                if (body[i] != (byte)'.' || body.Slice(i + 1, 3).Contains((byte)'.'))
                {
                    return false;
                }
            }
        }

        foreach (var b in cell)
        {
            if (b != (byte)'.')
            {
                digits[length++] = b;
            }
        }

        return true;
    }

    /// <summary>
    /// A number as JSON writes it ("1.5", "-0.25", "42"). With a comma or symbols it stays text for the Dutch reading;
    /// so does any dot in a semicolon-separated file, because Dutch spreadsheets write "1.000" for a thousand.
    /// </summary>
    private static bool IsPlainDecimal(ReadOnlySpan<byte> cell, byte delimiter)
    {
        var body = cell.Length > 0 && cell[0] == (byte)'-' ? cell[1..] : cell;
        var dot = body.IndexOf((byte)'.');
        if (dot >= 0 && delimiter == (byte)';')
        {
            return false;
        }

        var whole = dot < 0 ? body : body[..dot];
        var fraction = dot < 0 ? [] : body[(dot + 1)..];
        return !whole.IsEmpty && whole.IndexOfAnyExcept("0123456789"u8) < 0
            && (dot < 0 || (!fraction.IsEmpty && fraction.IndexOfAnyExcept("0123456789"u8) < 0))
            && !(whole.Length > 1 && whole[0] == (byte)'0');
    }

    private static bool IsJsonValue(ReadOnlySpan<byte> cell)
    {
        if (cell.IsEmpty || (cell[0] != (byte)'[' && cell[0] != (byte)'{'))
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(cell);
            reader.Read();
            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> cell) => cell.Trim(" \t"u8);

    private sealed class Node(RecordSchema schema)
    {
        public RecordSchema Schema { get; } = schema;

        public List<Entry> Entries { get; } = [];
    }

    private sealed class Entry(FieldSchema field, int column, Node? child)
    {
        public FieldSchema Field { get; } = field;

        public JsonEncodedText Name { get; } = JsonEncodedText.Encode(field.Name, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        public int Column { get; } = column;

        public Node? Child { get; } = child;
    }
}
