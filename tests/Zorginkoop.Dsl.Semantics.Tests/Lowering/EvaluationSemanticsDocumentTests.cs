using System.Reflection;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Lowering;

namespace Zorginkoop.Dsl.Semantics.Tests.Lowering;

/// <summary>
/// docs/evaluation-semantics.md names, for each rule, the one method of Zorginkoop.Dsl.Runtime that implements it
/// ("→ `SetAssembly.Set`"), so a reviewer finds every rule in one place. This reads the page and checks that every
/// rule names exactly one method and that each named method exists; and that every typed operation of the lowered
/// model is a method of its name in Runtime/Evaluation/Operations*.cs.
/// </summary>
public partial class EvaluationSemanticsDocumentTests
{
    private static readonly Assembly Runtime = typeof(Operations).Assembly;

    [Fact]
    public void EveryRuleNamesOneRuntimeMethodThatExists()
    {
        var rules = Rules();
        Assert.True(rules.Count >= 30, $"Only {rules.Count} rules found; has the page's layout changed?");

        var problems = new List<string>();
        var leftOver = new List<string>();
        foreach (var rule in rules)
        {
            var named = MethodName().Matches(rule);
            if (rule.Contains("not yet one method", StringComparison.Ordinal))
            {
                leftOver.Add(rule);
                continue;
            }

            if (named.Count != 1)
            {
                problems.Add($"names {named.Count} methods instead of one: {rule}");
                continue;
            }

            var (typeName, methodName) = (named[0].Groups[1].Value, named[0].Groups[2].Value);
            var types = Runtime.GetTypes().Where(t => t.Name == typeName).ToList();
            if (types.Count != 1)
            {
                problems.Add($"{typeName} is {(types.Count == 0 ? "no" : "not one")} type of Zorginkoop.Dsl.Runtime: {rule}");
            }
            else if (types[0].GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly).All(m => m.Name != methodName))
            {
                problems.Add($"{types[0].FullName} has no method {methodName}: {rule}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // No rule is written in both engines any more (issue 13): the page may not say "not yet one method".
        Assert.True(leftOver.Count == 0, "Rules still decided in both engines: " + string.Join("\n", leftOver));
    }

    [Fact]
    public void TheCheckSeesAMethodThatDoesNotExist()
    {
        var named = MethodName().Match("- A rule. → `SetAssembly.Sett`");
        Assert.True(named.Success);
        Assert.DoesNotContain(typeof(Runtime.Results.SetAssembly).GetMethods(), m => m.Name == named.Groups[2].Value);
    }

    [Fact]
    public void EveryTypedOperationIsTheOperationsMethodOfItsName()
    {
        var methods = typeof(Operations).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        string[] operations =
        [
            .. Enum.GetNames<Conversion>(), .. Enum.GetNames<NegateOperation>(), .. Enum.GetNames<ArithmeticOperation>(),
            .. Enum.GetNames<LogicalOperation>(), .. Enum.GetNames<OrderOperation>(), .. Enum.GetNames<OrderRelation>().Select(r => "Order" + r),
            .. Enum.GetNames<EqualityOperation>(), .. Enum.GetNames<EmptyOperation>(), .. Enum.GetNames<ExtremeOperation>(),
            .. Enum.GetNames<DateFunction>(),
        ];

        var missing = operations.Where(o => !methods.Contains(o)).ToList();
        Assert.True(missing.Count == 0, "Typed operations without a runtime method of their name: " + string.Join(", ", missing));
    }

    /// <summary>The list items (one rule each, with their continuation lines) from "## Values" up to "## Fast path".</summary>
    private static List<string> Rules()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("docs", "evaluation-semantics.md"));
        var first = Array.FindIndex(lines, l => l == "## Values");
        var last = Array.FindIndex(lines, l => l == "## Fast path");
        Assert.True(first >= 0 && last > first, "docs/evaluation-semantics.md has no '## Values' … '## Fast path'");

        var rules = new List<string>();
        for (var i = first; i < last; i++)
        {
            if (RuleStart().IsMatch(lines[i]))
            {
                rules.Add(lines[i].Trim());
            }
            else if (rules.Count > 0 && lines[i].StartsWith("  ", StringComparison.Ordinal) && lines[i].Trim().Length > 0)
            {
                rules[^1] += " " + lines[i].Trim();
            }
        }

        return rules;
    }

    [GeneratedRegex(@"^(- |\d+\. )")]
    private static partial Regex RuleStart();

    [GeneratedRegex(@"→ `([A-Z][A-Za-z]*)\.([A-Z][A-Za-z]*)`")]
    private static partial Regex MethodName();
}
