using System.Globalization;
using System.Text;

namespace Zorginkoop.Dsl.Reliability.Tests.Fuzzing;

/// <summary>
/// Writes random policies from the grammar's constructs: header, keuzes, nested gegevens with every type,
/// definities, eisen with scope, discretion, omvat, groups, exceptions and type-directed conditions over every
/// operator, addenda with start-date rules, tijdlijnen, wijzigingen, voorbeelden and scenarios. Most of what it
/// writes checks, so formatting and code generation are exercised too; now and then it writes a type error, a
/// cycle or an odd name on purpose. Names include C# keywords, non-ASCII letters and hyphens; texts include
/// quotes, backslashes, comment markers and bidirectional controls. Deterministic per seed.
/// </summary>
internal sealed class PolicyGenerator(Random random)
{
    private static readonly string[] Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
    private static readonly string[] NameStems = ["soort", "fte", "omvang", "class", "namespace", "object", "System", "regio", "zorgplicht", "Praktijk-houder", "coöperatie", "ĳsselstreek", "straße", "_intern", "Evaluate", "Policy", "Instance", "value", "x1"];
    private static readonly string[] Texts = ["Een zin.", "Met \\\"aanhalingstekens\\\" erin", "back\\\\slash", "*/ einde commentaar", "#line 1 \\\"x.cs\\\"", "\\\"); System.IO.File.Delete(\\\"x", "\\\\u0022 letterlijk", "rechts‮links", "é ñ ø ß 中文", "{0} {{", "// geen commentaar", ""];

    private readonly List<string> choices = [];
    private readonly Dictionary<string, List<string>> choiceMembers = [];
    private readonly List<(string Name, List<(string Field, string Type)> Fields)> records = [];
    private readonly List<(string Name, string Type)> definitions = [];
    private readonly List<string> sets = [];
    private readonly HashSet<string> used = [];
    private StringBuilder text = new();
    private List<(string Field, string Type)> subject = [];
    private string subjectVariable = "aanbieder";

    public string Generate()
    {
        text = new StringBuilder();
        if (Chance(0.8))
        {
            Line($"beleid {Quote()} {{");
            Line($"    verzekeraar: {Quote()}");
            Line($"    looptijd: {2024 + random.Next(3)} t/m {2026 + random.Next(3)}");
            if (Chance(0.5))
            {
                Line($"    gepubliceerd: {Date()}");
            }

            Line("}");
        }

        for (var i = random.Next(1, 3); i > 0; i--)
        {
            Choice();
        }

        for (var i = random.Next(0, 3); i > 0; i--)
        {
            Record(subjectRecord: false);
        }

        Record(subjectRecord: true);
        Comment();
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            Definition();
        }

        for (var i = random.Next(1, 4); i > 0; i--)
        {
            RequirementSet();
        }

        if (Chance(0.4))
        {
            Addendum();
        }

        if (Chance(0.3))
        {
            Timeline();
        }

        if (Chance(0.3))
        {
            Scenario();
        }

        if (Chance(0.2))
        {
            Amendment();
        }

        var result = text.ToString();
        return Chance(0.1) ? result.Replace("\n", "\r\n") : result;
    }

    private void Choice()
    {
        var name = Name(upper: true);
        var members = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Name(upper: true)).ToList();
        if (Chance(0.3))
        {
            members.Add("\"criminele organisatie\"");
        }

        choices.Add(name);
        choiceMembers[name] = [.. members.Select(m => m.Trim('"'))];
        Line($"keuze {name} {{ {string.Join(Chance(0.5) ? ", " : "; ", members)} }}");
    }

    private void Record(bool subjectRecord)
    {
        var name = Name(upper: true);
        var fields = new List<(string, string)>();
        foreach (var type in new[] { "tekst", "aantal", "decimaal", "bedrag", "percentage", "datum", "tijdstip", "duur", "ja/nee", "ja/nee" }.Where(_ => Chance(0.7)))
        {
            fields.Add((Name(upper: false), type));
        }

        if (choices.Count > 0)
        {
            fields.Add((Name(upper: false), choices[random.Next(choices.Count)]));
        }

        if (subjectRecord && records.Count > 0 && Chance(0.7))
        {
            var nested = records[random.Next(records.Count)].Name;
            fields.Add((Name(upper: false), Chance(0.5) ? nested : "lijst van " + nested));
        }

        if (Chance(0.4))
        {
            fields.Add((Name(upper: false), "lijst van aantal"));
        }

        if (fields.Count == 0)
        {
            fields.Add((Name(upper: false), "ja/nee"));
        }

        if (subjectRecord)
        {
            subjectVariable = Chance(0.8) ? "aanbieder" : Name(upper: false);
            subject = fields;
        }

        records.Add((name, fields));
        Line($"gegevens {name}{(subjectRecord ? " als " + subjectVariable : string.Empty)} {{");
        foreach (var (field, type) in fields)
        {
            Line($"    {field}: {type}{(Chance(0.3) && !type.StartsWith("lijst", StringComparison.Ordinal) ? "?" : string.Empty)}{(Chance(0.3) ? " " + Quote() : string.Empty)}");
        }

        Line("}");
    }

    private void Definition()
    {
        var name = Name(upper: false);
        var type = Pick("ja/nee", "aantal", "decimaal", "datum");
        Line($"definitie {name}{(Chance(0.4) ? " " + Quote() : string.Empty)} = {Expression(type, 0, subjectVariable, subject)}");
        definitions.Add((name, type));
    }

    private void RequirementSet()
    {
        var name = Name(upper: true);
        var header = new StringBuilder($"eisen {name}");
        if (Chance(0.7))
        {
            header.Append(' ').Append(Quote());
        }

        if (Chance(0.4))
        {
            header.Append("\n    geldt voor ").Append(Expression("ja/nee", 1, subjectVariable, subject));
        }

        if (Chance(0.15))
        {
            header.Append("\n    mag afwijken").Append(Chance(0.5) ? " " + Quote() : string.Empty);
        }

        Line(header + " {");
        if (sets.Count > 0 && Chance(0.5))
        {
            // Now and then a set includes itself or a later one: a cycle the binder must report, not follow.
            Line($"    omvat {(Chance(0.02) ? name : sets[random.Next(sets.Count)])}");
        }

        for (var i = random.Next(1, 6); i > 0; i--)
        {
            Requirement("    ", 0);
        }

        Line("}");
        sets.Add(name);
    }

    private void Requirement(string indent, int depth)
    {
        var head = $"{indent}eis {Name(upper: false)}{(Chance(0.6) ? " " + Quote() : string.Empty)}{(Chance(0.1) ? " mag afwijken" : string.Empty)}";
        if (depth < 3 && Chance(0.15))
        {
            Line(head + " {");
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                Requirement(indent + "    ", depth + 1);
            }

            Line(indent + "}");
            return;
        }

        Line($"{head}\n{indent}    {Expression("ja/nee", 0, subjectVariable, subject)}");
        for (var i = Chance(0.2) ? random.Next(1, 3) : 0; i > 0; i--)
        {
            Line($"{indent}    uitzondering{(Chance(0.7) ? " " + Quote() : string.Empty)} als {Expression("ja/nee", 1, subjectVariable, subject)}");
        }
    }

    private void Addendum()
    {
        Line($"addendum {Name(upper: true)} {Quote()} {{");
        if (sets.Count > 0)
        {
            Line($"    vereist overeenkomst {sets[random.Next(sets.Count)]}");
        }

        Line($"    ingangsdatum: {Pick("eerste dag van het volgende kwartaal na aanvraagdatum", "eerste dag van de volgende maand na aanvraagdatum", "eerste kalenderdag van de maand van aanvraagdatum", "aanvraagdatum + 6 weken", "laatste van (aanvraagdatum, 1 januari 2026)")}");
        if (Chance(0.5))
        {
            Requirement("    ", 0);
        }

        Line("}");
    }

    private void Timeline()
    {
        Line($"tijdlijn {Name(upper: true)} {Quote()} {{");
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            var schedule = Pick($"uiterlijk {Date()}", $"vanaf {Date()}", $"{Date()} t/m {Date()}", $"uiterlijk {Date()} 13.00 uur", "uiterlijk 6 weken na offerte", string.Empty);
            Line($"    {(Chance(0.3) ? Name(upper: false) + ": " : string.Empty)}{schedule} {Pick("VGZ", "Zorgaanbieder", "VGZ en RHO", "\"Z&Z\"")} {Quote()}{(Chance(0.5) ? " via " + Pick("e-mail", "VECOZO", "\"Mondeling\"") : string.Empty)}");
        }

        Line("}");
    }

    private void Scenario()
    {
        Line($"scenario {Quote()} {{");
        var values = subject.Where(_ => Chance(0.6)).Select(f => $"{f.Field}: {Value(f.Type)}");
        Line($"    gegeven {subjectVariable} {{ {string.Join("; ", values)} }}");
        if (Chance(0.5))
        {
            Line($"    op {Date()}");
        }

        if (sets.Count > 0)
        {
            Line($"    verwacht {sets[random.Next(sets.Count)]} {Pick("voldaan", "niet voldaan", "onbekend", "niet van toepassing", "voldaan bij uitzondering")}");
        }

        Line("}");
    }

    private void Amendment()
    {
        Line($"wijziging {Date()} {Quote()} {{");
        Line($"    reden: {Quote()}");
        if (sets.Count > 0)
        {
            Line($"    voegt toe aan {sets[random.Next(sets.Count)]} {{");
            Requirement("        ", 1);
            Line("    }");
        }

        Line("}");
    }

    /// <summary>
    /// An operand of 'en' or 'of' that holds an 'en' or 'of' itself is put in parentheses: 'en' next to 'of' without
    /// them is ZI1008 since issue 14.2, and unparenthesised it made more than half of the generated policies fail to
    /// check (69 of 150). Parentheses around an operand that needs none are harmless.
    /// </summary>
    private static string Grouped(string operand) =>
        operand.Contains(" en ", StringComparison.Ordinal) || operand.Contains(" of ", StringComparison.Ordinal) ? $"({operand})" : operand;

    /// <summary>An expression of the given type over the subject's fields; rarely, on purpose, of another type.</summary>
    private string Expression(string type, int depth, string variable, List<(string Field, string Type)> fields)
    {
        if (Chance(0.003))
        {
            type = Pick("ja/nee", "aantal", "tekst", "datum");
        }

        var field = fields.Where(f => f.Type == type).Select(f => $"{variable}.{f.Field}").ToList();
        string Leaf() => field.Count > 0 && Chance(0.7) ? field[random.Next(field.Count)] : Literal(type);
        if (depth > 3)
        {
            return Leaf();
        }

        switch (type)
        {
            case "ja/nee":
                switch (random.Next(12))
                {
                    case 0: return $"{Grouped(Expression("ja/nee", depth + 1, variable, fields))} en {Grouped(Expression("ja/nee", depth + 1, variable, fields))}";
                    case 1: return $"{Grouped(Expression("ja/nee", depth + 1, variable, fields))} of {Grouped(Expression("ja/nee", depth + 1, variable, fields))}";
                    case 2: return $"niet {Expression("ja/nee", depth + 1, variable, fields)}";
                    case 3: return $"({Expression("ja/nee", depth + 1, variable, fields)})";
                    case 4:
                    {
                        var numeric = Pick("aantal", "decimaal", "bedrag", "percentage", "datum", "duur");
                        return $"{Expression(numeric, depth + 1, variable, fields)} {Pick("=", "≠", "<", "<=", ">", ">=", "≤", "≥", "<>")} {Expression(numeric, depth + 1, variable, fields)}";
                    }

                    case 5:
                    {
                        if (fields.Count == 0)
                        {
                            return Leaf();
                        }

                        var (tested, testedType) = fields[random.Next(fields.Count)];
                        var test = testedType.StartsWith("lijst van ", StringComparison.Ordinal) ? Pick("leeg", "niet leeg", "bekend") : Pick("bekend", "onbekend", "niet bekend");
                        return $"{variable}.{tested} is {test}";
                    }

                    case 6: return $"als {Expression("ja/nee", depth + 1, variable, fields)} dan {Expression("ja/nee", depth + 1, variable, fields)}";
                    case 7:
                    {
                        var choice = fields.FirstOrDefault(f => choices.Contains(f.Type));
                        return choice.Field is null ? Leaf() : $"{variable}.{choice.Field} {Pick("in", "niet in")} [{string.Join(", ", choiceMembers[choice.Type].Where(m => !m.Contains(' ', StringComparison.Ordinal)).Take(2))}]";
                    }

                    case 8:
                    {
                        var list = fields.FirstOrDefault(f => f.Type.StartsWith("lijst van ", StringComparison.Ordinal));
                        if (list.Field is null)
                        {
                            return Leaf();
                        }

                        var element = list.Type["lijst van ".Length..];
                        var inner = records.FirstOrDefault(r => r.Name == element);
                        var v = "e" + random.Next(10);
                        var predicate = inner.Name is null ? $"{v} > {Literal("aantal")}" : Expression("ja/nee", depth + 1, v, inner.Fields);
                        return Pick(
                            $"voor elke {v} in {variable}.{list.Field} geldt {predicate}",
                            $"er is een {v} in {variable}.{list.Field} waarvoor {predicate}",
                            $"geen {v} in {variable}.{list.Field} waarvoor {predicate}",
                            $"(aantal {v} in {variable}.{list.Field} waarvoor {predicate}) >= 1",
                            $"aantal van {variable}.{list.Field} <= 3");
                    }

                    case 9:
                    {
                        var definition = definitions.Where(d => d.Type == "ja/nee").Select(d => d.Name).FirstOrDefault();
                        return definition ?? Leaf();
                    }

                    default: return Leaf();
                }

            case "aantal" or "decimaal" or "bedrag" or "percentage":
                return random.Next(6) switch
                {
                    0 => $"{Expression(type, depth + 1, variable, fields)} {Pick("+", "-")} {Expression(type, depth + 1, variable, fields)}",
                    1 when type is "aantal" or "decimaal" => $"{Expression(type, depth + 1, variable, fields)} {Pick("*", "/")} {Literal("aantal")}",
                    2 => $"({Expression(type, depth + 1, variable, fields)})",
                    3 when type == "aantal" => Pick("-", string.Empty) + Leaf(),
                    _ => Leaf(),
                };
            case "datum":
                return random.Next(6) switch
                {
                    0 => $"{Expression("datum", depth + 1, variable, fields)} {Pick("+", "-")} {Literal("duur")}",
                    1 => $"eerste dag van {Pick("het volgende kwartaal", "het volgende jaar", "de volgende maand")} na {Expression("datum", depth + 1, variable, fields)}",
                    2 => $"{Pick("vroegste", "laatste")} van ({Expression("datum", depth + 1, variable, fields)}, {Literal("datum")})",
                    3 => $"{Literal("duur")} na {Expression("datum", depth + 1, variable, fields)}",
                    _ => Leaf(),
                };
            default:
                return Leaf();
        }
    }

    private string Literal(string type) => type switch
    {
        "ja/nee" => Pick("ja", "nee"),
        "aantal" => Pick("0", "1", "3", "100.000", "3.000", "9.223.372.036.854.775.807", random.Next(1000).ToString(CultureInfo.InvariantCulture)),
        "decimaal" => Pick("0,3", "1,0", "2,5", "0,000001"),
        "bedrag" => Pick("€ 0", "€ 225.000", "€ 250.000,-", "€ 12,50"),
        "percentage" => Pick("80%", "0%", "100%", "12,5%"),
        "datum" => Date(),
        "tijdstip" => Date() + " 17.00 uur",
        "duur" => Pick("6 weken", "30 minuten", "2 jaar", "1 kwartaal", "0 dagen", "3 maanden"),
        "tekst" => Quote(),
        _ when choiceMembers.TryGetValue(type, out var members) => Member(members[random.Next(members.Count)]),
        _ => Pick("ja", "0"),
    };

    private string Value(string type) => type.StartsWith("lijst van ", StringComparison.Ordinal)
        ? "[" + (records.Any(r => r.Name == type[10..]) ? string.Empty : Literal(type[10..])) + "]"
        : records.Any(r => r.Name == type) ? "{ }" : Chance(0.1) ? "onbekend" : Literal(type);

    private static string Member(string member) => member.Contains(' ', StringComparison.Ordinal) ? $"\"{member}\"" : member;

    private string Date() => Chance(0.01) ? "31 april 2026" : Pick(
        $"{1 + random.Next(28)} {Months[random.Next(12)]} {2024 + random.Next(4)}",
        $"{2024 + random.Next(4)}-{1 + random.Next(12):00}-{1 + random.Next(28):00}",
        "29 februari 2028");

    private string Quote() => "\"" + Texts[random.Next(Texts.Length)] + "\"";

    private string Name(bool upper)
    {
        for (var attempt = 0; ; attempt++)
        {
            var stem = NameStems[random.Next(NameStems.Length)] + (attempt > 0 || Chance(0.5) ? random.Next(100).ToString(CultureInfo.InvariantCulture) : string.Empty);
            var name = upper ? char.ToUpperInvariant(stem[0]) + stem[1..] : char.ToLowerInvariant(stem[0]) + stem[1..];
            if (used.Add(name) || Chance(0.002))
            {
                // Now and then a duplicate gets through: the binder must say so.
                return name;
            }
        }
    }

    private void Comment()
    {
        if (Chance(0.5))
        {
            Line(Pick("// commentaar met \"aanhalingstekens\" en */", "/* blok\n   commentaar */", "// ‮ omgekeerd"));
        }
    }

    private void Line(string line) => text.Append(line).Append('\n');

    private bool Chance(double p) => random.NextDouble() < p;

    private string Pick(params string[] options) => options[random.Next(options.Length)];
}
