using System.Collections.Immutable;
using CsCheck;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Reliability.Tests.Differential;

/// <summary>
/// CsCheck generators of facts for a record schema: every field, nested records and lists (with unknown
/// elements), keuze members, and null (an unknown fact) for any field. Values come from the policy's own
/// thresholds and their neighbours half of the time, otherwise from ordinary and extreme values of the type
/// (zero, negatives, the largest numbers and dates, which overflow arithmetic).
/// </summary>
internal sealed class FactGenerator(Thresholds thresholds)
{
    /// <summary>Records nest (a provider has specialists, each with a record of their own); this bounds the facts, not the schema.</summary>
    private const int MaxDepth = 3;

    private static readonly Gen<object?> Texts = Gen.OneOf<object?>(Gen.OneOf<object?>("", "abc", "RHO", "Utrecht", "0123456", "\"; \\ */ é ‮"), Gen.String.Select(s => (object?)s));

    private static readonly Gen<object?> Integers = Gen.Frequency(
        (4, Gen.Long[-5, 5].Select(v => (object?)v)),
        (3, Gen.Long[0, 200_000].Select(v => (object?)v)),
        (1, Gen.OneOf<object?>(long.MaxValue, long.MinValue, long.MaxValue - 1, (long)int.MaxValue + 1)));

    private static readonly Gen<object?> Decimals = Gen.Frequency(
        (4, Gen.Long[-500, 500].Select(v => (object?)(v / 100m))),
        (3, Gen.Long[0, 50_000_000].Select(v => (object?)(v / 100m))),
        (1, Gen.OneOf<object?>(0m, decimal.MaxValue, decimal.MinValue, 0.0000000001m, 79228162514264337593543950m)));

    private static readonly Gen<object?> Dates = Gen.Frequency(
        (6, Gen.Int[0, 365 * 12].Select(d => (object?)new DateOnly(2020, 1, 1).AddDays(d))),
        (1, Gen.OneOf<object?>(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2024, 2, 29), new DateOnly(9999, 12, 1))));

    private static readonly Gen<object?> Moments = Gen.Frequency(
        (6, Gen.Int[0, 60 * 24 * 365 * 8].Select(m => (object?)new DateTime(2022, 1, 1).AddMinutes(m))),
        (1, Gen.OneOf<object?>(DateTime.MinValue, DateTime.MaxValue, new DateTime(2026, 3, 29, 2, 30, 0), new DateTime(2025, 10, 26, 2, 30, 0))));

    private static readonly Gen<object?> Durations = Gen.Select(
        Gen.Frequency((6, Gen.Long[0, 60]), (1, Gen.OneOf(-1L, long.MaxValue, long.MinValue, 100_000L))),
        Gen.Enum<DurationUnit>(),
        (amount, unit) => (object?)new Duration(amount, unit));

    private static readonly Gen<object?> Unknown = Gen.Const<object?>((object?)null);

    private readonly Dictionary<(RecordSchema, int), Gen<FactRecord>> records = [];

    public Gen<FactRecord> For(RecordSchema schema) => Record(schema, 0);

    /// <summary>Dates an evaluation is made on or a request is dated: the policy's own dates and their neighbours, or none.</summary>
    public Gen<EvaluationInputs> Inputs()
    {
        var pool = thresholds.ForKind(ValueKind.Date).Cast<DateOnly>().ToArray();
        var date = pool.Length == 0 ? Dates.Select(d => (DateOnly)d!) : Gen.Frequency((2, Gen.OneOf(pool)), (1, Dates.Select(d => (DateOnly)d!)));
        var optional = Gen.Frequency((1, Gen.Const<DateOnly?>((DateOnly?)null)), (3, date.Select(d => (DateOnly?)d)));
        return Gen.Select(optional, optional, (evaluation, request) => new EvaluationInputs(evaluation, request));
    }

    private Gen<FactRecord> Record(RecordSchema schema, int depth)
    {
        if (records.TryGetValue((schema, depth), out var known))
        {
            return known;
        }

        var values = Gen.Const(ImmutableList<object?>.Empty);
        foreach (var field in schema.Fields)
        {
            var value = Field(schema, field, depth);
            values = Gen.Select(values, value, (list, v) => list.Add(v));
        }

        var record = values.Select(list => new FactRecord(schema, [.. list]));
        records[(schema, depth)] = record;
        return record;
    }

    private Gen<object?> Field(RecordSchema record, FieldSchema field, int depth)
    {
        var value = Value(field.Type, depth, thresholds.ForField(record.Name, field.Name));
        // Unknown facts are the third outcome's whole reason to exist: one field in six is missing.
        return Gen.Frequency((1, Unknown), (5, value));
    }

    private Gen<object?> Value(TypeSchema type, int depth, IReadOnlyCollection<object> fieldThresholds)
    {
        var own = Usable(type, fieldThresholds);
        var shared = Usable(type, thresholds.ForKind(type.Kind));
        var plain = Plain(type, depth);
        var options = new List<(int, IGen<object?>)> { (2, plain) };
        if (own.Length > 0)
        {
            options.Add((3, Gen.OneOf(own)));
        }

        if (shared.Length > 0)
        {
            options.Add((1, Gen.OneOf(shared)));
        }

        return options.Count == 1 ? plain : Gen.Frequency([.. options]);
    }

    private Gen<object?> Plain(TypeSchema type, int depth) => type.Kind switch
    {
        ValueKind.Text => Texts,
        ValueKind.Integer => Integers,
        ValueKind.Decimal or ValueKind.Money or ValueKind.Percentage => Decimals,
        ValueKind.Date => Dates,
        ValueKind.DateTime => Moments,
        ValueKind.Duration => Durations,
        ValueKind.Boolean => Gen.Bool.Select(b => (object?)b),
        ValueKind.Choice => type.ChoiceMembers is { Count: > 0 } members ? Gen.OneOf<object?>([.. members]) : Unknown,
        ValueKind.Record => depth >= MaxDepth ? Unknown : Record(type.Record!, depth + 1).Select(r => (object?)r),
        ValueKind.List => depth >= MaxDepth
            ? Gen.Const<object?>(new List<object?>())
            : Gen.Frequency((1, Unknown), (5, Value(type.Element!, depth + 1, []))).List[0, 4].Select(items => (object?)items),
        _ => Unknown,
    };

    /// <summary>Thresholds of a compatible runtime type: an integer field compared with 2,5 cannot hold 2,5, nor a keuze another keuze's member.</summary>
    private static object?[] Usable(TypeSchema type, IReadOnlyCollection<object> values) => [.. values.SelectMany(v => Convert(type, v))];

    private static IEnumerable<object?> Convert(TypeSchema type, object value)
    {
        switch (type.Kind, value)
        {
            case (ValueKind.Integer, long whole):
                yield return whole;
                break;
            case (ValueKind.Integer, decimal number) when number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue:
                yield return (long)number;
                break;
            case (ValueKind.Decimal or ValueKind.Money or ValueKind.Percentage, decimal number):
                yield return number;
                break;
            case (ValueKind.Decimal or ValueKind.Money or ValueKind.Percentage, long whole):
                yield return (decimal)whole;
                break;
            case (ValueKind.Date, DateOnly date):
                yield return date;
                break;
            case (ValueKind.DateTime, DateTime moment):
                yield return moment;
                break;
            case (ValueKind.DateTime, DateOnly date):
                yield return date.ToDateTime(TimeOnly.MinValue);
                break;
            case (ValueKind.Duration, Duration duration):
                yield return duration;
                break;
            case (ValueKind.Text, string text):
                yield return text;
                break;
            case (ValueKind.Choice, string member) when type.ChoiceMembers?.Contains(member) == true:
                yield return member;
                break;
            case (ValueKind.Boolean, bool flag):
                yield return flag;
                break;
        }
    }
}
