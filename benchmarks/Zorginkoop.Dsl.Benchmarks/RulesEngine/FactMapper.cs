using System.Collections;
using System.Reflection;
using Zorginkoop.Dsl.Runtime.Facts;

namespace Zorginkoop.Dsl.Benchmarks.RulesEngine;

/// <summary>
/// Copies facts into the RulesEngine input classes by field name (property <c>FteHuisarts</c> ← fact <c>fteHuisarts</c>).
/// Setup only, never measured. RulesEngine has no onbekend, so the comparison runs on complete facts.
/// </summary>
public static class FactMapper
{
    public static T Map<T>(FactRecord facts) where T : new() => (T)Map(facts, typeof(T));

    private static object Map(FactRecord facts, Type type)
    {
        var target = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            if (facts.Schema.IndexOf(name) < 0)
            {
                throw new InvalidOperationException($"{type.Name}.{property.Name}: the policy has no fact '{name}'.");
            }

            property.SetValue(target, Convert(facts[name], property.PropertyType, $"{facts.Schema.Name}.{name}"));
        }

        return target;
    }

    private static object? Convert(object? value, Type type, string path)
    {
        if (value is null)
        {
            // A fact the other set reads (an RHO has no fteHuisarts). That a set's own facts are all there is shown by
            // the agreement check: an onbekend outcome could never equal RulesEngine's true or false.
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            FactRecord record => Map(record, type),
            IReadOnlyList<object?> list => ToList(list, type, path),
            DateOnly date when underlying == typeof(DateTime) => date.ToDateTime(TimeOnly.MinValue),
            _ => value,
        };
    }

    private static object ToList(IReadOnlyList<object?> items, Type type, string path)
    {
        var element = type.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(type)!;
        foreach (var item in items)
        {
            list.Add(Convert(item, element, path + "[]"));
        }

        return list;
    }
}
