using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Facts;

/// <summary>The type of a fact: a kind, plus the members of a keuze, the record of a gegevens, or the element of a lijst.</summary>
public sealed record TypeSchema(ValueKind Kind, string DisplayName, IReadOnlyList<string>? ChoiceMembers = null, RecordSchema? Record = null, TypeSchema? Element = null)
{
    public static readonly TypeSchema Text = new(ValueKind.Text, "tekst");
    public static readonly TypeSchema Integer = new(ValueKind.Integer, "aantal");
    public static readonly TypeSchema Decimal = new(ValueKind.Decimal, "decimaal");
    public static readonly TypeSchema Money = new(ValueKind.Money, "bedrag");
    public static readonly TypeSchema Percentage = new(ValueKind.Percentage, "percentage");
    public static readonly TypeSchema Date = new(ValueKind.Date, "datum");
    public static readonly TypeSchema DateTime = new(ValueKind.DateTime, "tijdstip");
    public static readonly TypeSchema Duration = new(ValueKind.Duration, "duur");
    public static readonly TypeSchema Boolean = new(ValueKind.Boolean, "ja/nee");

    public static TypeSchema Choice(string name, IReadOnlyList<string> members) => new(ValueKind.Choice, name, members);

    public static TypeSchema ForRecord(RecordSchema record) => new(ValueKind.Record, record.Name, Record: record);

    public static TypeSchema ListOf(TypeSchema element) => new(ValueKind.List, "lijst van " + element.DisplayName, Element: element);
}

/// <summary>One declared field of a gegevens record.</summary>
public sealed record FieldSchema(string Name, TypeSchema Type, bool IsOptional, string? Description = null);
