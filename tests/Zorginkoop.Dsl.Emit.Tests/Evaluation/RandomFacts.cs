using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Emit.Tests.Evaluation;

/// <summary>
/// Facts drawn at random from a record schema, from small pools of telling values (boundaries, zero, unknowns,
/// unknown list elements), so that two evaluators can be compared on many cases with a fixed seed.
/// </summary>
internal static class RandomFacts
{
    private static readonly string[] Texts = ["", "01234567", "abc", "RHO"];
    private static readonly long[] Integers = [0, 1, 2, 3, 3000, 99999, 100000, 250000, -4, long.MaxValue];
    private static readonly decimal[] Decimals = [0m, 0.2m, 0.3m, 0.8m, 1.0m, 1.2m, 2.5m, -1m, 100m, 1000m];
    private static readonly DateOnly[] Dates = [new(2024, 12, 31), new(2025, 9, 30), new(2026, 1, 1), new(2026, 2, 14), new(2026, 3, 31), new(2027, 6, 30)];
    private static readonly DateTime[] Moments = [new(2025, 12, 19, 13, 0, 0), new(2026, 1, 1, 0, 0, 0), new(2026, 9, 30, 17, 0, 0)];
    private static readonly Duration[] Durations = [new(6, DurationUnit.Week), new(30, DurationUnit.Minute), new(2, DurationUnit.Year), new(3, DurationUnit.Month), new(0, DurationUnit.Day)];

    public static FactRecord Create(RecordSchema schema, Random random, int depth = 0) =>
        new(schema, [.. schema.Fields.Select(f => Value(f.Type, random, depth))]);

    private static object? Value(TypeSchema type, Random random, int depth)
    {
        if (random.Next(5) == 0)
        {
            return null;
        }

        return type.Kind switch
        {
            ValueKind.Text => Pick(Texts, random),
            ValueKind.Integer => Pick(Integers, random),
            ValueKind.Decimal or ValueKind.Money or ValueKind.Percentage => Pick(Decimals, random),
            ValueKind.Date => Pick(Dates, random),
            ValueKind.DateTime => Pick(Moments, random),
            ValueKind.Duration => Pick(Durations, random),
            ValueKind.Boolean => random.Next(2) == 0,
            ValueKind.Choice => Pick(type.ChoiceMembers!.ToArray(), random),
            ValueKind.Record => depth > 3 ? null : Create(type.Record!, random, depth + 1),
            ValueKind.List => depth > 3 ? null : Enumerable.Range(0, random.Next(4)).Select(_ => Value(type.Element!, random, depth + 1)).ToList(),
            _ => null,
        };
    }

    private static T Pick<T>(T[] pool, Random random) => pool[random.Next(pool.Length)];
}
