using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using static Zorginkoop.Dsl.Semantics.Binding.BindingContext;

namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>
/// Exceptions per list element (docs/language.md, "Uitzonderingen per element"): in
/// <c>eis x "…" voor elke d in L geldt d.leeftijd >= 18 uitzondering "…" als d.leeftijd >= 16</c> the exception names the
/// element <c>d</c>, so it is tried for each element that is not met, not for the requirement as a whole. The syntax
/// is the requirement's own exception — what decides is the name: an exception that uses the variable of a
/// <c>voor elke</c> that is the whole condition (or nested in one as its whole predicate) belongs to the innermost such
/// <c>voor elke</c> whose variable it uses. Before this, such an exception could not be written (the name was unknown),
/// so no policy that compiled changes meaning.
/// </summary>
public sealed partial class Binder
{
    /// <summary>The requirement's condition with its element exceptions in place, and the exceptions that stay the requirement's.</summary>
    private (BoundExpression? Condition, ImmutableArray<RequirementException> Exceptions) BindExceptions(
        SyntaxTree file, RequirementSyntax syntax, BoundExpression? condition, ExpressionScope scope)
    {
        List<RequirementException> own = [];
        foreach (var exception in syntax.Exceptions)
        {
            var spine = ForAllSpine(condition);
            var named = NamedVariables(exception.Condition);
            var target = spine.FindLastIndex(q => named.Contains(q.Variable.Name));
            if (target < 0 || condition is null)
            {
                if (syntax.Condition is { } written && QuantifierVariables(written).FirstOrDefault(named.Contains) is { } variable)
                {
                    context.Diagnostics.Add(DiagnosticCatalog.ElementExceptionOutsideForAll(At(file, exception), variable));
                    continue;
                }

                own.Add(new RequirementException(exception.Description?.Value, expressions.BindCondition(exception.Condition, scope), At(file, exception)));
                continue;
            }

            var inner = spine.Take(target + 1).Aggregate(scope, (s, q) => s.WithLocal(q.Variable));
            var bound = new BoundElementException(exception.Description?.Value ?? "uitzondering", expressions.BindCondition(exception.Condition, inner));
            condition = WithElementException(condition, spine[target], bound);
        }

        return (condition, [.. own]);
    }

    /// <summary>
    /// The <c>voor elke</c> that is the whole condition, the one that is its whole predicate, and so on; <c>als A dan …</c>
    /// (without <c>anders</c>) passes on to what follows <c>dan</c>, as in "als de deelnemers bekend zijn, dan geldt voor elke …".
    /// </summary>
    private static List<BoundQuantified> ForAllSpine(BoundExpression? condition)
    {
        List<BoundQuantified> spine = [];
        while (true)
        {
            switch (condition)
            {
                case BoundQuantified { Quantifier: Quantifier.ForAll } forAll:
                    spine.Add(forAll);
                    condition = forAll.Predicate;
                    break;
                case BoundConditional { Else: null } implication:
                    condition = implication.Then;
                    break;
                default:
                    return spine;
            }
        }
    }

    private static BoundExpression WithElementException(BoundExpression condition, BoundQuantified target, BoundElementException exception) => condition switch
    {
        BoundConditional implication => implication with { Then = WithElementException(implication.Then, target, exception) },
        BoundQuantified quantified when ReferenceEquals(quantified, target) => quantified with { ElementExceptions = quantified.ElementExceptions.Add(exception) },
        BoundQuantified quantified => quantified with { Predicate = WithElementException(quantified.Predicate, target, exception) },
        _ => condition,
    };

    private static HashSet<string> NamedVariables(ExpressionSyntax syntax) =>
        [.. SyntaxWalker.DescendantsAndSelf(syntax).OfType<NameExpressionSyntax>().Select(n => n.Name.Text)];

    /// <summary>The variables of every quantifier and sum written in the condition, for the message when an exception names one it cannot belong to.</summary>
    private static IEnumerable<string> QuantifierVariables(ExpressionSyntax syntax) =>
        SyntaxWalker.DescendantsAndSelf(syntax).Select(n => n switch
        {
            QuantifiedExpressionSyntax q => q.Variable.Text,
            SumExpressionSyntax s => s.Variable.Text,
            _ => null,
        }).OfType<string>();
}
