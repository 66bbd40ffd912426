using System.Collections;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Scenarios;

namespace Zorginkoop.Dsl.Testing;

/// <summary>Entry point for building facts: <c>Facts.For(policy).Like("GoedePraktijk").With("fteHuisarts", 0.8m)</c>.</summary>
public static class Facts
{
    public static FactsBuilder For(TestPolicy policy) => new(policy, []);
}

/// <summary>
/// Immutable builder of the subject's facts. Paths are dotted (<c>"eindverantwoordelijkeHuisarts.betrekking"</c>);
/// values are C# values (<c>true</c>, <c>0.8m</c>, <c>4200</c>, <c>new DateOnly(2026, 1, 1)</c>, a keuze member's name
/// as a string, a list as an array). A wrong field or type fails at once, naming the field, never later as a
/// silently unknown fact.
/// </summary>
public sealed class FactsBuilder
{
    private readonly TestPolicy policy;
    private readonly List<(string Path, object? Value)> assignments;
    private readonly string? example;

    internal FactsBuilder(TestPolicy policy, List<(string Path, object? Value)> assignments, string? example = null)
    {
        this.policy = policy;
        this.assignments = assignments;
        this.example = example;
    }

    /// <summary>Starts from a <c>voorbeeld</c> of the policy (only for a policy loaded from source).</summary>
    public FactsBuilder Like(string voorbeeld)
    {
        var checkedPolicy = policy.Checked ?? throw new PolicyAssertionException("Voorbeelden zijn alleen beschikbaar voor een beleid dat uit broncode is geladen.");
        if (checkedPolicy.FindExample(voorbeeld) is null)
        {
            var suggestion = NameSuggester.Suggest(voorbeeld, checkedPolicy.Examples.Select(e => e.Name));
            throw new PolicyAssertionException($"{policy.Name} heeft geen voorbeeld '{voorbeeld}'.{(suggestion is null ? string.Empty : $" Bedoelde u '{suggestion}'?")}");
        }

        return new FactsBuilder(policy, assignments, voorbeeld);
    }

    /// <summary>Sets a fact; null makes it unknown.</summary>
    public FactsBuilder With(string path, object? value)
    {
        Check(path, value);
        return new FactsBuilder(policy, [.. assignments, (path, value)], example);
    }

    /// <summary>Makes a fact unknown, also when the voorbeeld gives it.</summary>
    public FactsBuilder Without(string path) => With(path, null);

    public FactRecord Build()
    {
        var start = example is null ? FactRecord.Empty(policy.Subject) : ScenarioFacts.ToFactRecord(policy.Checked!.FindExample(example)!.Facts, policy.Subject);
        var values = Enumerable.Range(0, policy.Subject.Fields.Count).Select(i => start[i]).ToArray();
        var root = new FactRecord(policy.Subject, values);
        foreach (var (path, value) in assignments)
        {
            root = Set(root, path.Split('.'), 0, value);
        }

        return root;
    }

    private static FactRecord Set(FactRecord record, string[] parts, int index, object? value)
    {
        var field = record.Schema.IndexOf(parts[index]);
        var values = Enumerable.Range(0, record.Schema.Fields.Count).Select(i => record[i]).ToArray();
        var type = record.Schema.Fields[field].Type;
        values[field] = index == parts.Length - 1
            ? Convert(value, type)
            : Set(record[field] as FactRecord ?? FactRecord.Empty(type.Record!), parts, index + 1, value);
        return new FactRecord(record.Schema, values);
    }

    private void Check(string path, object? value)
    {
        var schema = policy.Subject;
        var parts = path.Split('.');
        TypeSchema? type = null;
        for (var i = 0; i < parts.Length; i++)
        {
            var field = schema.Find(parts[i]);
            if (field is null)
            {
                var suggestion = NameSuggester.Suggest(parts[i], schema.Fields.Select(f => f.Name));
                throw new PolicyAssertionException($"'{path}': gegevens {schema.Name} hebben geen veld '{parts[i]}'.{(suggestion is null ? string.Empty : $" Bedoelde u '{suggestion}'?")}");
            }

            type = field.Type;
            if (i < parts.Length - 1)
            {
                schema = type.Record ?? throw new PolicyAssertionException($"'{path}': '{parts[i]}' is {type.DisplayName} en heeft geen velden.");
            }
        }

        if (value is not null && Convert(value, type!) is null)
        {
            throw new PolicyAssertionException($"'{path}' is {type!.DisplayName}, maar de waarde {value} ({value.GetType().Name}) past daar niet bij.");
        }
    }

    /// <summary>The runtime representation of a C# value for a fact type, or null when it does not fit.</summary>
    private static object? Convert(object? value, TypeSchema type) => (type.Kind, value) switch
    {
        (_, null) => null,
        (ValueKind.Text, string text) => text,
        (ValueKind.Choice, string member) => type.ChoiceMembers!.Contains(member) ? member : null,
        (ValueKind.Choice, Enum member) => type.ChoiceMembers!.Contains(member.ToString()) ? member.ToString() : null,
        (ValueKind.Boolean, bool flag) => flag,
        (ValueKind.Integer, int whole) => (long)whole,
        (ValueKind.Integer, long whole) => whole,
        (ValueKind.Decimal or ValueKind.Money or ValueKind.Percentage, decimal number) => number,
        (ValueKind.Decimal or ValueKind.Money or ValueKind.Percentage, int whole) => (decimal)whole,
        (ValueKind.Decimal or ValueKind.Money or ValueKind.Percentage, long whole) => (decimal)whole,
        (ValueKind.Decimal or ValueKind.Money or ValueKind.Percentage, double number) => (decimal)number,
        (ValueKind.Date, DateOnly date) => date,
        (ValueKind.DateTime, DateTime moment) => moment,
        (ValueKind.Duration, Duration duration) => duration,
        (ValueKind.Duration, string text) => Duration.TryParse(text, out var parsed) ? parsed : null,
        (ValueKind.Record, FactRecord record) => record,
        (ValueKind.List, IEnumerable items) when value is not string => ConvertList(items, type.Element!),
        _ => null,
    };

    private static List<object?>? ConvertList(IEnumerable items, TypeSchema element)
    {
        var converted = new List<object?>();
        foreach (var item in items)
        {
            var value = Convert(item, element);
            if (value is null)
            {
                return null;
            }

            converted.Add(value);
        }

        return converted;
    }
}
