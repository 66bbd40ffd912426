using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Semantics.Scenarios;

/// <summary>Turns checked scenario facts into a runtime <see cref="FactRecord"/> for whichever evaluator runs them.</summary>
public static class ScenarioFacts
{
    /// <summary>Builds the record by field name against <paramref name="schema"/>, so a compiled evaluator's own schema works too.</summary>
    public static FactRecord ToFactRecord(ScenarioRecord? facts, RecordSchema schema)
    {
        var values = new object?[schema.Fields.Count];
        if (facts is not null)
        {
            for (var i = 0; i < schema.Fields.Count; i++)
            {
                values[i] = ToRuntime(facts.Find(schema.Fields[i].Name), schema.Fields[i].Type);
            }
        }

        return new FactRecord(schema, values);
    }

    private static object? ToRuntime(ScenarioValue? value, TypeSchema type) => value switch
    {
        ScenarioConstant constant => type.Kind is ValueKind.Decimal or ValueKind.Money or ValueKind.Percentage && constant.Value is long whole
            ? (decimal)whole
            : constant.Value,
        ScenarioRecord record when type.Record is { } schema => ToFactRecord(record, schema),
        ScenarioList list when type.Element is { } element => list.Items.Select(item => ToRuntime(item, element)).ToList(),
        _ => null,
    };
}
