using System.Collections;
using System.Reflection;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;

namespace Zorginkoop.Dsl.Reliability.Tests.Differential;

/// <summary>
/// The literals a policy compares facts against, collected from its bound trees: per field (record, field) when
/// a field is compared with a literal directly, and per kind of value for every literal in a comparison or list.
/// Each value comes with its neighbours (one below, one above; ±0,01 for decimals, ±1 day for dates), because
/// that is where a wrong operator or an off-by-one in generated code shows.
/// </summary>
internal sealed class Thresholds
{
    private readonly Dictionary<(string Record, string Field), HashSet<object>> byField = [];
    private readonly Dictionary<ValueKind, HashSet<object>> byKind = [];
    private readonly HashSet<object> visited = new(ReferenceEqualityComparer.Instance);

    public static Thresholds Of(CheckedPolicy policy)
    {
        var thresholds = new Thresholds();
        foreach (var expression in RootExpressions(policy))
        {
            thresholds.Walk(expression);
        }

        return thresholds;
    }

    public IReadOnlyCollection<object> ForField(string record, string field) =>
        byField.TryGetValue((record, field), out var values) ? values : [];

    public IReadOnlyCollection<object> ForKind(ValueKind kind) => byKind.TryGetValue(kind, out var values) ? values : [];

    public int Count => byField.Values.Sum(v => v.Count) + byKind.Values.Sum(v => v.Count);

    private static IEnumerable<BoundExpression> RootExpressions(CheckedPolicy policy)
    {
        foreach (var definition in policy.Definitions)
        {
            yield return definition.Value;
        }

        foreach (var set in policy.RequirementSets)
        {
            if (set.AppliesTo is not null)
            {
                yield return set.AppliesTo;
            }

            if (set.StartDate is not null)
            {
                yield return set.StartDate;
            }

            foreach (var expression in Requirements(set.Requirements))
            {
                yield return expression;
            }
        }

        foreach (var addendum in policy.Addenda)
        {
            foreach (var expression in new[] { addendum.AppliesTo, addendum.StartDate }.OfType<BoundExpression>().Concat(Requirements(addendum.Requirements)))
            {
                yield return expression;
            }
        }
    }

    private static IEnumerable<BoundExpression> Requirements(IEnumerable<RequirementSymbol> requirements)
    {
        foreach (var requirement in requirements)
        {
            if (requirement.Condition is not null)
            {
                yield return requirement.Condition;
            }

            foreach (var exception in requirement.Exceptions)
            {
                yield return exception.Condition;
            }

            foreach (var nested in Requirements(requirement.Children))
            {
                yield return nested;
            }
        }
    }

    private void Walk(BoundExpression expression)
    {
        if (!visited.Add(expression))
        {
            return;
        }

        switch (expression)
        {
            case BoundBinary { IsComparison: true } comparison:
                Compared(comparison.Left, comparison.Right);
                Compared(comparison.Right, comparison.Left);
                break;
            case BoundBinary { Operator: BoundBinaryOperator.In or BoundBinaryOperator.NotIn } membership:
                Listed(membership.Left, membership.Right);
                break;
            case BoundBinary { Operator: BoundBinaryOperator.Contains } contains:
                Listed(contains.Right, contains.Left);
                break;
            case BoundDefinitionReference reference:
                Walk(reference.Definition.Value);
                break;
        }

        // Every other node only needs its children visited; reflection keeps this right as node types are added.
        foreach (var child in Children(expression))
        {
            Walk(child);
        }
    }

    private void Compared(BoundExpression subject, BoundExpression other)
    {
        if (other is not BoundLiteral literal)
        {
            return;
        }

        AddKind(literal);
        if (subject is BoundFieldAccess field)
        {
            AddField(field.Field, literal.Value);
        }
    }

    private void Listed(BoundExpression subject, BoundExpression list)
    {
        if (list is not BoundList items)
        {
            return;
        }

        foreach (var literal in items.Items.OfType<BoundLiteral>())
        {
            AddKind(literal);
            if (subject is BoundFieldAccess field)
            {
                AddField(field.Field, literal.Value);
            }
        }
    }

    private void AddKind(BoundLiteral literal)
    {
        if (!byKind.TryGetValue(literal.Type.Kind, out var values))
        {
            byKind[literal.Type.Kind] = values = [];
        }

        values.UnionWith(Neighbourhood(literal.Value));
    }

    private void AddField(FieldSymbol field, object value)
    {
        var key = (field.Record.Name, field.Name);
        if (!byField.TryGetValue(key, out var values))
        {
            byField[key] = values = [];
        }

        values.UnionWith(Neighbourhood(value));
    }

    /// <summary>The value and its neighbours, in the runtime's representation.</summary>
    public static IEnumerable<object> Neighbourhood(object value) => value switch
    {
        long number => new long[] { number, number == long.MinValue ? number : number - 1, number == long.MaxValue ? number : number + 1 }.Cast<object>(),
        decimal number => new[] { number, number - 0.01m, number + 0.01m, number - 1, number + 1 }.Cast<object>(),
        DateOnly date => new[] { date, date.AddDays(-1), date.AddDays(1) }.Cast<object>(),
        DateTime moment => new[] { moment, moment.AddMinutes(-1), moment.AddMinutes(1), moment.AddDays(-1), moment.AddDays(1) }.Cast<object>(),
        Duration duration => new[] { duration, duration with { Amount = duration.Amount - 1 }, duration with { Amount = duration.Amount + 1 } }.Cast<object>(),
        _ => [value],
    };

    private static IEnumerable<BoundExpression> Children(BoundExpression expression)
    {
        foreach (var property in expression.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (typeof(BoundExpression).IsAssignableFrom(property.PropertyType))
            {
                if (property.GetValue(expression) is BoundExpression child)
                {
                    yield return child;
                }
            }
            else if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType)
                && property.GetValue(expression) is IEnumerable children)
            {
                foreach (var child in children.OfType<BoundExpression>())
                {
                    yield return child;
                }
            }
        }
    }
}
