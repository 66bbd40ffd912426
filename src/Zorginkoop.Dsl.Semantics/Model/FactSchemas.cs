using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;

namespace Zorginkoop.Dsl.Semantics.Model;

/// <summary>Translates the checked model's gegevens records into runtime fact schemas (for reading facts and for evaluators).</summary>
public sealed class FactSchemas
{
    private readonly Dictionary<RecordSymbol, RecordSchema> schemas = [];

    public FactSchemas(CheckedPolicy policy)
    {
        foreach (var record in policy.Records)
        {
            schemas[record] = new RecordSchema(record.Name);
        }

        foreach (var record in policy.Records)
        {
            schemas[record].WithFields([.. record.Fields.Select(f => new FieldSchema(f.Name, TypeOf(f.Type), f.IsOptional, f.Description))]);
        }

        Subject = policy.Subject is null ? null : schemas[policy.Subject];
        All = [.. policy.Records.Select(r => schemas[r])];
    }

    public RecordSchema? Subject { get; }

    public IReadOnlyList<RecordSchema> All { get; }

    public RecordSchema For(RecordSymbol record) => schemas[record];

    public TypeSchema TypeOf(TypeSymbol type) => type switch
    {
        PrimitiveType p when p == PrimitiveType.Text => TypeSchema.Text,
        PrimitiveType p when p == PrimitiveType.Integer => TypeSchema.Integer,
        PrimitiveType p when p == PrimitiveType.Decimal => TypeSchema.Decimal,
        PrimitiveType p when p == PrimitiveType.Money => TypeSchema.Money,
        PrimitiveType p when p == PrimitiveType.Percentage => TypeSchema.Percentage,
        PrimitiveType p when p == PrimitiveType.Date => TypeSchema.Date,
        PrimitiveType p when p == PrimitiveType.DateTime => TypeSchema.DateTime,
        PrimitiveType p when p == PrimitiveType.Duration => TypeSchema.Duration,
        PrimitiveType => TypeSchema.Boolean,
        ChoiceType c => TypeSchema.Choice(c.Choice.Name, [.. c.Choice.Members.Select(m => m.Name)]),
        RecordType r => TypeSchema.ForRecord(schemas[r.Record]),
        ListType l => TypeSchema.ListOf(TypeOf(l.Element)),
        _ => TypeSchema.Text,
    };
}
