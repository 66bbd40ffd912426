using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;

namespace Zorginkoop.Dsl.Semantics.Versions;

/// <summary>
/// Compares bound expressions by meaning: two conditions have the same shape when they apply the same
/// operators to the same facts, definitions and variables; literals may differ, and those differences are
/// what a change table shows ("behandeljaar: 2024 → 2025"). Source spans, spelling ("€ 250.000,-" or
/// "€ 250.000") and layout never count.
/// </summary>
internal static partial class LogicComparer
{
    public static bool SameShape(BoundExpression? left, BoundExpression? right, List<ValueChange> values, string? label = null)
    {
        switch (left, right)
        {
            case (null, null):
                return true;
            case (null, _) or (_, null):
                return false;
        }

        if (left.GetType() != right.GetType())
        {
            return false;
        }

        switch (left, right)
        {
            case (BoundLiteral a, BoundLiteral b):
                if (a.Type.Kind != b.Type.Kind)
                {
                    return false;
                }

                if (!Equals(a.Value, b.Value))
                {
                    values.Add(new ValueChange(label, Format(a), Format(b)));
                }

                return true;
            case (BoundVariable a, BoundVariable b):
                return a.Variable.Name == b.Variable.Name;
            case (BoundFieldAccess a, BoundFieldAccess b):
                return a.Field.Name == b.Field.Name && SameShape(a.Target, b.Target, values);
            case (BoundDefinitionReference a, BoundDefinitionReference b):
                return a.Definition.Name == b.Definition.Name;
            case (BoundParameter a, BoundParameter b):
                return a.Parameter.Name == b.Parameter.Name;
            case (BoundUnary a, BoundUnary b):
                return a.Operator == b.Operator && SameShape(a.Operand, b.Operand, values, label);
            case (BoundBinary a, BoundBinary b):
                // In "u.uitbetaald >= € 250.000" the literal is named after the other side.
                return a.Operator == b.Operator
                    && SameShape(a.Left, b.Left, values, a.IsComparison ? a.Right.Label : label)
                    && SameShape(a.Right, b.Right, values, a.IsComparison ? a.Left.Label : label);
            case (BoundTest a, BoundTest b):
                return a.Test == b.Test && a.IsNegated == b.IsNegated && SameShape(a.Operand, b.Operand, values);
            case (BoundConditional a, BoundConditional b):
                return SameShape(a.Condition, b.Condition, values) && SameShape(a.Then, b.Then, values) && SameShape(a.Else, b.Else, values);
            case (BoundQuantified a, BoundQuantified b):
                return a.Quantifier == b.Quantifier && a.Variable.Name == b.Variable.Name
                    && SameShape(a.Source, b.Source, values) && SameShape(a.Predicate, b.Predicate, values)
                    && a.ElementExceptions.Length == b.ElementExceptions.Length
                    && a.ElementExceptions.Zip(b.ElementExceptions).All(pair => pair.First.Description == pair.Second.Description && SameShape(pair.First.Condition, pair.Second.Condition, values));
            case (BoundSum a, BoundSum b):
                return a.Variable.Name == b.Variable.Name && SameShape(a.Source, b.Source, values) && SameShape(a.Value, b.Value, values);
            case (BoundCount a, BoundCount b):
                return SameShape(a.Source, b.Source, values);
            case (BoundList a, BoundList b):
                return a.Items.Length == b.Items.Length && a.Items.Zip(b.Items).All(pair => SameShape(pair.First, pair.Second, values, label));
            case (BoundDateFunction a, BoundDateFunction b):
                return a.Function == b.Function && SameShape(a.Operand, b.Operand, values);
            case (BoundExtremeDate a, BoundExtremeDate b):
                return a.Earliest == b.Earliest && SameShape(a.First, b.First, values) && SameShape(a.Second, b.Second, values);
            case (BoundErrorExpression, BoundErrorExpression):
                return true;
            default:
                // A kind of expression added later: compare what the author wrote, which is never wrong, only strict.
                return Text(left) == Text(right);
        }
    }

    /// <summary>The author's words for an expression, on one line.</summary>
    public static string? Text(BoundExpression? expression) =>
        expression?.Location is { } location ? Normalize(location.Source.GetText(location.Span)) : expression?.Label;

    public static string Normalize(string text) => Whitespace().Replace(text.Trim(), " ");

    /// <summary>A literal as the author wrote it ("€ 225.000,-", "2024"), so the table quotes the policy.</summary>
    public static string Format(BoundLiteral literal) => literal.Location is { } location
        ? Normalize(location.Source.GetText(location.Span))
        : literal.Value switch
        {
            string text when literal.Type.Kind == ValueKind.Text => "\"" + text + "\"",
            var value => ValueFormatter.Format(value, literal.Type.Kind),
        };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
