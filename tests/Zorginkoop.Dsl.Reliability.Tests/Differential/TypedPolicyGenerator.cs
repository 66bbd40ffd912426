using System.Globalization;
using System.Text;

namespace Zorginkoop.Dsl.Reliability.Tests.Differential;

/// <summary>
/// Writes random policies meant to check, so that both engines can be compared on them: keuzes, a subject record
/// with a field of every type (optional or not), a nested record and lists of records and numbers, definitions
/// that use earlier definitions (diamonds included), requirement sets with groups, <c>geldt voor</c>,
/// <c>mag afwijken</c>, <c>omvat</c> of earlier sets, exceptions, and an addendum now and then. Every expression is
/// built for the type it must have: comparisons, <c>en</c>/<c>of</c>/<c>niet</c>, <c>is bekend</c> of anything
/// (tests of tests too), <c>is leeg</c>, <c>in</c>/<c>bevat</c>, equality of whole lists and records (by value),
/// all quantifiers, <c>som van</c>, <c>als … dan
/// … anders</c> of every type, and arithmetic over aantal, decimaal, bedrag, percentage, datum, tijdstip and duur
/// with values that overflow. Every compound operand is parenthesised, so precedence never decides and
/// <c>en</c> never meets <c>of</c> bare (ZI1008). Deterministic per seed.
/// </summary>
internal sealed class TypedPolicyGenerator(Random random)
{
    private const int MaxDepth = 4;

    private static readonly string[] Scalars = ["aantal", "decimaal", "bedrag", "percentage", "datum", "tijdstip", "duur", "tekst", "ja/nee"];
    private static readonly string[] Ordered = ["aantal", "decimaal", "bedrag", "percentage", "datum", "tijdstip", "duur"];
    private static readonly string[] Months = ["januari", "maart", "juni", "september", "december"];

    private readonly List<string> members = [];
    private readonly Dictionary<string, List<(string Field, string Type)>> records = [];
    private readonly List<(string Name, string Type)> definitions = [];
    private readonly List<string> sets = [];
    private readonly StringBuilder text = new();
    private int nextName;

    /// <summary>What an expression may read here: the subject's fields, a quantifier's element, definitions.</summary>
    private sealed record Scope(IReadOnlyList<(string Text, string Type)> Values);

    public string Generate()
    {
        members.AddRange(["Alfa", "Beta", "Gamma"]);
        Line("keuze Soort { Alfa, Beta, Gamma }");
        var inner = Fields(3, nested: null);
        records["Persoon"] = inner;
        Declare("Persoon", inner, subject: false);
        var subject = Fields(6, nested: "Persoon");
        records["Aanbieder"] = subject;
        Declare("Aanbieder", subject, subject: true);

        var scope = new Scope([.. subject.Select(f => ($"g.{f.Field}", f.Type)), .. NestedReads(subject), ("peildatum", "datum")]);
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            var type = Chance(0.5) ? "ja/nee" : Pick(Scalars);
            var name = "d" + ++nextName;
            Line($"definitie {name} = {Expression(type, 0, scope)}");
            definitions.Add((name, type));
        }

        for (var i = random.Next(1, 5); i > 0; i--)
        {
            RequirementSet(scope);
        }

        if (Chance(0.3))
        {
            Addendum(scope);
        }

        return text.ToString();
    }

    private List<(string Field, string Type)> Fields(int count, string? nested)
    {
        var fields = new List<(string, string)>();
        foreach (var type in Scalars.Concat(["Soort"]).Where(_ => Chance(0.75)).Take(count + random.Next(4)))
        {
            fields.Add(($"f{++nextName}", type));
        }

        fields.Add(($"f{++nextName}", "ja/nee"));
        if (nested is not null)
        {
            fields.Add(($"f{++nextName}", nested));
            fields.Add(($"f{++nextName}", "lijst van " + nested));
            fields.Add(($"f{++nextName}", "lijst van " + Pick("aantal", "bedrag", "duur", "Soort")));
        }

        return fields;
    }

    private void Declare(string name, List<(string Field, string Type)> fields, bool subject)
    {
        Line($"gegevens {name}{(subject ? " als g" : string.Empty)} {{");
        foreach (var (field, type) in fields)
        {
            Line($"    {field}: {type}{(Chance(0.4) && !type.StartsWith("lijst", StringComparison.Ordinal) ? "?" : string.Empty)}");
        }

        Line("}");
    }

    private IEnumerable<(string, string)> NestedReads(List<(string Field, string Type)> subject) =>
        subject.Where(f => records.ContainsKey(f.Type)).SelectMany(f => records[f.Type].Select(n => ($"g.{f.Field}.{n.Field}", n.Type)));

    private void RequirementSet(Scope scope)
    {
        var name = "S" + ++nextName;
        var header = new StringBuilder($"eisen {name} \"Eisen {nextName}\"");
        if (Chance(0.3))
        {
            header.Append(" geldt voor ").Append(Expression("ja/nee", 1, scope));
        }

        if (Chance(0.1))
        {
            header.Append(" mag afwijken");
        }

        Line(header + " {");
        foreach (var included in sets.Where(_ => Chance(0.4)).Take(3))
        {
            Line($"    omvat {included}");
        }

        for (var i = random.Next(1, 5); i > 0; i--)
        {
            Requirement("    ", 0, scope);
        }

        Line("}");
        sets.Add(name);
    }

    private void Requirement(string indent, int depth, Scope scope)
    {
        var head = $"{indent}eis r{++nextName} \"Zin {nextName}.\"{(Chance(0.1) ? " mag afwijken" : string.Empty)}";
        if (depth < 2 && Chance(0.15))
        {
            Line(head + " {");
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                Requirement(indent + "    ", depth + 1, scope);
            }

            Line(indent + "}");
            return;
        }

        Line($"{head} {Expression("ja/nee", 0, scope)}");
        for (var i = Chance(0.25) ? random.Next(1, 3) : 0; i > 0; i--)
        {
            Line($"{indent}    uitzondering{(Chance(0.7) ? $" \"Uitzondering {++nextName}\"" : string.Empty)} als {Expression("ja/nee", 1, scope)}");
        }
    }

    private void Addendum(Scope scope)
    {
        Line($"addendum A{++nextName} \"Addendum\" {{");
        if (sets.Count > 0)
        {
            Line($"    vereist overeenkomst {Pick([.. sets])}");
        }

        Line($"    ingangsdatum: {Pick("eerste dag van het volgende kwartaal na aanvraagdatum", "aanvraagdatum + 6 weken", "laatste van (aanvraagdatum, 1 januari 2026)", "als jaar van aanvraagdatum < 2026 dan 1 januari 2026 anders eerste kalenderdag van de maand van aanvraagdatum")}");
        if (sets.Count > 1 && Chance(0.5))
        {
            Line($"    omvat {Pick([.. sets])}");
        }

        if (Chance(0.7))
        {
            Requirement("    ", 1, scope);
        }

        Line("}");
    }

    private string Expression(string type, int depth, Scope scope)
    {
        if (depth >= MaxDepth || Chance(0.25))
        {
            return Leaf(type, scope);
        }

        var next = depth + 1;
        string Sub(string t) => Operand(Expression(t, next, scope));
        switch (type)
        {
            case "ja/nee":
                switch (random.Next(15))
                {
                    case 0: return $"{Sub("ja/nee")} {Pick("en", "of")} {Sub("ja/nee")}";
                    case 1: return $"niet {Sub("ja/nee")}";
                    case 2 or 3:
                    {
                        var ordered = Pick(Ordered);
                        var other = ordered is "aantal" or "decimaal" ? Pick("aantal", "decimaal") : ordered;
                        return $"{Sub(ordered)} {Pick("=", "≠", "<", "<=", ">", ">=")} {Sub(other)}";
                    }

                    case 4:
                    {
                        var plain = Pick("tekst", "Soort", "ja/nee");
                        return $"{Sub(plain)} {Pick("=", "≠")} {Sub(plain)}";
                    }

                    case 5 or 6:
                    {
                        // Anything may be tested, a record, a list or another test included.
                        var tested = Chance(0.3) ? scope.Values[random.Next(scope.Values.Count)].Text : Sub(Pick([.. Scalars, "Soort", "ja/nee"]));
                        return $"{tested} is {Pick("bekend", "onbekend", "niet bekend")}";
                    }
                    case 7:
                    {
                        var list = Lists(scope);
                        return list is null ? $"{Sub("tekst")} is {Pick("leeg", "niet leeg")}" : $"{list.Value.Text} is {Pick("leeg", "niet leeg")}";
                    }

                    case 8: return Membership(next, scope);
                    case 9 or 10: return Quantified(next, scope);
                    case 11: return $"als {Sub("ja/nee")} dan {Sub("ja/nee")}";
                    case 12: return $"als {Sub("ja/nee")} dan {Sub("ja/nee")} anders {Sub("ja/nee")}";
                    case 13: return ValueEquality(next, scope);
                    default: return Leaf(type, scope);
                }

            case "aantal":
                switch (random.Next(9))
                {
                    case 0 or 1: return $"{Sub("aantal")} {Pick("+", "-", "*")} {Sub("aantal")}";
                    case 2: return $"-{Sub("aantal")}";
                    case 3: return $"{Pick("jaar", "maand", "kwartaal")} van {Sub("datum")}";
                    case 4 when Lists(scope) is { } list: return $"aantal van {list.Text}";
                    case 5 when RecordLists(scope) is { } list:
                    {
                        var (variable, inner) = Element(list, scope);
                        return $"aantal {variable} in {list.Text} waarvoor {Expression("ja/nee", next, inner)}";
                    }

                    case 6 when RecordLists(scope) is { } list && NumberFieldOf(list, "aantal") is { } field:
                    {
                        var (variable, _) = Element(list, scope);
                        return $"som van {variable}.{field} voor {variable} in {list.Text}";
                    }

                    case 7: return Conditional("aantal", next, scope);
                    default: return Leaf(type, scope);
                }

            case "decimaal":
                return random.Next(7) switch
                {
                    0 => $"{Sub("decimaal")} {Pick("+", "-", "*")} {Sub(Pick("decimaal", "aantal"))}",
                    1 => $"{Sub(Pick("decimaal", "aantal"))} / {Sub(Pick("decimaal", "aantal"))}",
                    2 => $"{Sub("bedrag")} / {Sub("bedrag")}",
                    3 => $"{Sub(Pick("decimaal", "aantal"))} * {Sub("percentage")}",
                    4 => $"-{Sub("decimaal")}",
                    5 => Conditional("decimaal", next, scope),
                    _ => Leaf(type, scope),
                };

            case "bedrag":
                return random.Next(7) switch
                {
                    0 => $"{Sub("bedrag")} {Pick("+", "-")} {Sub("bedrag")}",
                    1 => $"{Sub("bedrag")} * {Sub(Pick("aantal", "decimaal", "percentage"))}",
                    2 => $"{Sub(Pick("aantal", "percentage"))} * {Sub("bedrag")}",
                    3 => $"{Sub("bedrag")} / {Sub(Pick("aantal", "decimaal"))}",
                    4 when RecordLists(scope) is { } list && NumberFieldOf(list, "bedrag") is { } field => Sum(list, field, scope),
                    5 => Conditional("bedrag", next, scope),
                    _ => Leaf(type, scope),
                };

            case "percentage":
                return random.Next(4) switch
                {
                    0 => $"{Sub("percentage")} {Pick("+", "-")} {Sub("percentage")}",
                    1 => Conditional("percentage", next, scope),
                    _ => Leaf(type, scope),
                };

            case "datum":
                return random.Next(8) switch
                {
                    0 or 1 => $"{Sub("datum")} {Pick("+", "-")} {Sub("duur")}",
                    2 => $"{Sub("duur")} na {Sub("datum")}",
                    3 => $"eerste dag van {Pick("het volgende kwartaal", "het volgende jaar", "de volgende maand")} na {Sub("datum")}",
                    4 => $"eerste kalenderdag van de maand van {Sub("datum")}",
                    5 => $"{Pick("vroegste", "laatste")} van ({Sub("datum")}, {Sub("datum")})",
                    6 => Conditional("datum", next, scope),
                    _ => Leaf(type, scope),
                };

            case "tijdstip":
                return random.Next(3) switch
                {
                    0 => $"{Sub("tijdstip")} {Pick("+", "-")} {Sub("duur")}",
                    _ => Leaf(type, scope),
                };

            case "duur":
                return random.Next(7) switch
                {
                    0 => $"{Sub("duur")} {Pick("+", "-")} {Sub("duur")}",
                    1 => $"{Sub("duur")} * {Sub("aantal")}",
                    2 => $"{Sub("aantal")} * {Sub("duur")}",
                    3 => $"-{Sub("duur")}",
                    4 when RecordLists(scope) is { } list && NumberFieldOf(list, "duur") is { } field => Sum(list, field, scope),
                    5 => Conditional("duur", next, scope),
                    _ => Leaf(type, scope),
                };

            default:
                return Chance(0.2) ? Conditional(type, next, scope) : Leaf(type, scope);
        }
    }

    private string Membership(int depth, Scope scope)
    {
        var lists = scope.Values.Where(v => v.Type is "lijst van aantal" or "lijst van Soort" or "lijst van duur" or "lijst van bedrag").ToList();
        if (lists.Count > 0 && Chance(0.5))
        {
            var (list, listType) = lists[random.Next(lists.Count)];
            var element = listType["lijst van ".Length..];
            return Chance(0.5) ? $"{list} bevat {Operand(Expression(element, depth, scope))}" : $"{Operand(Expression(element, depth, scope))} {Pick("in", "niet in")} {list}";
        }

        var type = Pick("Soort", "aantal", "duur", "tekst");
        var items = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Literal(type));
        return $"{Operand(Expression(type, depth, scope))} {Pick("in", "niet in")} [{string.Join(", ", items)}]";
    }

    /// <summary>
    /// Equality of whole values (issue 15 point 3: they were compared by reference): a list with a list literal, with
    /// itself, with another list or with a conditional of literals; a record with a record, also a quantifier's
    /// element with a field of the subject; durations of different units inside a list.
    /// </summary>
    private string ValueEquality(int depth, Scope scope)
    {
        var comparison = Pick("=", "≠");
        var records = scope.Values.Where(v => this.records.ContainsKey(v.Type)).ToList();
        if (records.Count > 0 && Chance(0.4))
        {
            var (left, type) = records[random.Next(records.Count)];
            if (RecordLists(scope) is { } list && list.Type == "lijst van " + type && Chance(0.5))
            {
                var (variable, _) = Element(list, scope);
                return $"er is een {variable} in {list.Text} waarvoor {variable} {comparison} {left}";
            }

            var same = records.Where(r => r.Type == type).ToList();
            return $"{left} {comparison} {same[random.Next(same.Count)].Text}";
        }

        var lists = scope.Values.Where(v => v.Type is "lijst van aantal" or "lijst van Soort" or "lijst van duur" or "lijst van bedrag").ToList();
        var (read, listType) = lists.Count > 0 && Chance(0.6) ? lists[random.Next(lists.Count)] : (null, "lijst van " + Pick("aantal", "duur", "Soort", "bedrag"));
        var element = listType["lijst van ".Length..];
        var sameType = lists.Where(l => l.Type == listType).Select(l => l.Text).ToList();
        var right = random.Next(4) switch
        {
            0 => ListLiteral(element),
            1 => $"als {Operand(Expression("ja/nee", depth, scope))} dan {ListLiteral(element)} anders {ListLiteral(element)}",
            2 when sameType.Count > 0 => sameType[random.Next(sameType.Count)],
            _ => read ?? ListLiteral(element),
        };
        return $"{Operand(read ?? ListLiteral(element))} {comparison} {Operand(right)}";
    }

    private string ListLiteral(string element) => $"[{string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Literal(element)))}]";

    private string Quantified(int depth, Scope scope)
    {
        if (RecordLists(scope) is not { } list)
        {
            return Leaf("ja/nee", scope);
        }

        var (variable, inner) = Element(list, scope);
        var predicate = Expression("ja/nee", depth, inner);
        return Pick(
            $"voor elke {variable} in {list.Text} geldt {predicate}",
            $"er is een {variable} in {list.Text} waarvoor {predicate}",
            $"geen {variable} in {list.Text} waarvoor {predicate}",
            $"(aantal {variable} in {list.Text} waarvoor {predicate}) {Pick(">=", "<", "=")} {Literal("aantal")}");
    }

    private string Sum((string Text, string Type) list, string field, Scope scope)
    {
        var (variable, _) = Element(list, scope);
        return $"som van {variable}.{field} voor {variable} in {list.Text}";
    }

    private string Conditional(string type, int depth, Scope scope) =>
        $"als {Operand(Expression("ja/nee", depth, scope))} dan {Operand(Expression(type, depth, scope))} anders {Operand(Expression(type, depth, scope))}";

    /// <summary>A fresh element variable of a list of records, and the scope inside the quantifier that can read it.</summary>
    private (string Variable, Scope Inner) Element((string Text, string Type) list, Scope scope)
    {
        var variable = "p" + ++nextName;
        var element = list.Type["lijst van ".Length..];
        var fields = records[element].Select(f => ($"{variable}.{f.Field}", f.Type));
        return (variable, new Scope([.. scope.Values, .. fields]));
    }

    private (string Text, string Type)? Lists(Scope scope) => Any(scope.Values.Where(v => v.Type.StartsWith("lijst van ", StringComparison.Ordinal)));

    private (string Text, string Type)? RecordLists(Scope scope) => Any(scope.Values.Where(v => v.Type.StartsWith("lijst van ", StringComparison.Ordinal) && records.ContainsKey(v.Type["lijst van ".Length..])));

    private string? NumberFieldOf((string Text, string Type) list, string type) =>
        records[list.Type["lijst van ".Length..]].Where(f => f.Type == type).Select(f => f.Field).FirstOrDefault();

    private (string, string)? Any(IEnumerable<(string, string)> values)
    {
        var all = values.ToList();
        return all.Count == 0 ? null : all[random.Next(all.Count)];
    }

    private string Leaf(string type, Scope scope)
    {
        var reads = scope.Values.Where(v => v.Type == type).Select(v => v.Text)
            .Concat(definitions.Where(d => d.Type == type).Select(d => d.Name)).ToList();
        return reads.Count > 0 && Chance(0.7) ? reads[random.Next(reads.Count)] : Literal(type);
    }

    private string Literal(string type) => type switch
    {
        "ja/nee" => Pick("ja", "nee"),
        "aantal" => Pick("0", "1", "2", "3", "7", "100.000", "9.223.372.036.854.775.807", random.Next(200).ToString(CultureInfo.InvariantCulture)),
        "decimaal" => Pick("0,3", "1,0", "2,5", "0,000001", "1.000.000,5"),
        "bedrag" => Pick("€ 0", "€ 225.000", "€ 250.000,-", "€ 12,50"),
        "percentage" => Pick("80%", "0%", "100%", "12,5%"),
        "datum" => $"{1 + random.Next(28)} {Pick(Months)} {2024 + random.Next(4)}",
        "tijdstip" => $"{1 + random.Next(28)} {Pick(Months)} {2024 + random.Next(4)} {Pick("13.00", "00.00", "23.59")} uur",
        "duur" => Pick("6 weken", "30 minuten", "2 uur", "10 dagen", "1 jaar", "1 kwartaal", "0 dagen", "3 maanden", "6.405.119.470.038.040 dagen"),
        "tekst" => Pick("\"\"", "\"abc\"", "\"RHO\"", "\"Utrecht\""),
        "Soort" => Pick([.. members]),
        _ => throw new InvalidOperationException("no literal of type " + type),
    };

    /// <summary>A compound operand in parentheses: precedence never decides what the generator meant.</summary>
    private static string Operand(string expression) =>
        (expression.Contains(' ', StringComparison.Ordinal) || expression.StartsWith('-')) && !(expression.StartsWith('(') && expression.EndsWith(')') && Balanced(expression[1..^1])) ? $"({expression})" : expression;

    private static bool Balanced(string inner)
    {
        var depth = 0;
        foreach (var c in inner)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    private void Line(string line) => text.Append(line).Append('\n');

    private bool Chance(double p) => random.NextDouble() < p;

    private string Pick(params string[] options) => options[random.Next(options.Length)];
}
