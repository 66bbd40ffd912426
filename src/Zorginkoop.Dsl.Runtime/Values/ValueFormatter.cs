namespace Zorginkoop.Dsl.Runtime.Values;

/// <summary>Formats a runtime value of a known kind for explanations; both evaluators call this, so their texts agree.</summary>
public static class ValueFormatter
{
    public const string UnknownText = "onbekend";

    public static string Format(object? value, ValueKind kind) => value switch
    {
        null => UnknownText,
        long l when kind == ValueKind.Integer => DutchFormat.Integer(l),
        long l => Format((decimal)l, kind),
        decimal d when kind == ValueKind.Money => DutchFormat.Money(d),
        decimal d when kind == ValueKind.Percentage => DutchFormat.Percentage(d),
        decimal d => DutchFormat.Decimal(d),
        DateOnly date => DutchFormat.Date(date),
        DateTime moment => DutchFormat.DateTime(moment),
        Duration duration => DutchFormat.Duration(duration),
        bool b => DutchFormat.Boolean(b),
        string s when kind == ValueKind.Text => "\"" + s + "\"",
        string s => s,
        IRecordValue record => Format(record.ToFacts(), kind),
        Facts.FactRecord record => Record(record),
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(item => Format(item, GuessKind(item)))) + "]",
        _ => value.ToString() ?? UnknownText,
    };

    /// <summary>A record by its fields, never its .NET type name: <c>medewerker(naam: "A", fte: 0,8)</c>.</summary>
    private static string Record(Facts.FactRecord record) =>
        record.Schema.Name + "(" + string.Join(", ", record.Schema.Fields.Select((field, i) => field.Name + ": " + Format(record[i], field.Type.Kind))) + ")";

    private static ValueKind GuessKind(object? item) => item switch
    {
        long => ValueKind.Integer,
        decimal => ValueKind.Decimal,
        string => ValueKind.Choice,
        _ => ValueKind.Record,
    };
}
