using System.Runtime.CompilerServices;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.Semantics.Bound;

/// <summary>
/// A rule in the author's words, on one line, as every back end reports it (an addendum's start-date rule).
/// Quoted once per rule, since every evaluation reports it.
/// </summary>
public static class RuleText
{
    private static readonly ConditionalWeakTable<BoundExpression, string> Texts = new();

    public static string? Of(BoundExpression? rule) =>
        rule?.Location is { } location ? Texts.GetValue(rule, _ => CanonicalText.Of(location.Source, location.Span)) : null;
}
