namespace Zorginkoop.Dsl.Runtime.Facts;

/// <summary>
/// The facts about one record, by field position. A null value is an unknown fact.
/// Values are: string (tekst, keuze), long (aantal), decimal (decimaal, bedrag, percentage), DateOnly, DateTime,
/// Values.Duration, bool, FactRecord, and IReadOnlyList&lt;object?&gt; for lists.
/// </summary>
public sealed class FactRecord
{
    private readonly object?[] values;

    public FactRecord(RecordSchema schema, object?[] values)
    {
        if (values.Length != schema.Fields.Count)
        {
            throw new ArgumentException($"Expected {schema.Fields.Count} values for {schema.Name}, got {values.Length}.", nameof(values));
        }

        Schema = schema;
        this.values = values;
    }

    public RecordSchema Schema { get; }

    /// <summary>What the reader read but doubts (ZI8014: <c>0,42</c> for a percentage); empty for most records.</summary>
    public IReadOnlyList<FactError> Warnings { get; internal set; } = [];

    public object? this[int index] => values[index];

    public object? this[string fieldName] => Schema.IndexOf(fieldName) is var i and >= 0 ? values[i] : null;

    public static FactRecord Empty(RecordSchema schema) => new(schema, new object?[schema.Fields.Count]);
}
