using System.Collections.Immutable;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using static Zorginkoop.Dsl.Semantics.Binding.BindingContext;

namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>
/// Translates the amendments (wijziging) of a policy into the model's <see cref="Amendment"/>s: date, reason,
/// consequence and operations with resolved targets, plus the checks of their own syntax. The operations and the
/// findings about the whole history (targets, same-date conflicts, removed elements still in use) come from the
/// amendment analysis, made once from the policy as published; a version made by the applier has the amendments
/// applied already, and lists them all the same.
/// </summary>
internal sealed class AmendmentBinder(BindingContext context, ExpressionBinder expressions)
{
    private static readonly string[] AmendmentProperties = ["reden", "gevolg"];

    /// <summary>The amendments in source order; the analysis' own findings are added to the context's diagnostics.</summary>
    public ImmutableArray<Amendment> Bind(PolicyHeaderInfo? header)
    {
        context.Diagnostics.AddRange(context.AmendmentAnalysis.Diagnostics);
        var amendments = ImmutableArray.CreateBuilder<Amendment>();
        foreach (var resolved in context.AmendmentAnalysis.Amendments)
        {
            // The version's tree for the same text: names in reden/gevolg resolve as in the file itself.
            var file = context.Loaded.Files.FirstOrDefault(f => ReferenceEquals(f.Text, resolved.File.Text)) ?? resolved.File;
            var syntax = resolved.Syntax;
            var scope = ExpressionScope.ForFile(file);
            CheckEffectiveDate(file, syntax.EffectiveDate, scope, header);

            string? reason = null, consequence = null;
            foreach (var property in context.KnownProperties(file, syntax.Properties, AmendmentProperties, "een wijziging"))
            {
                var text = expressions.BindConstantText(property.Value, scope);
                if (property.Name.Text == "reden")
                {
                    reason = text;
                }
                else
                {
                    consequence = text;
                }
            }

            amendments.Add(new Amendment(resolved.Date, syntax.Title.Value, reason, consequence, resolved.Operations, At(file, syntax)));
        }

        return amendments.ToImmutable();
    }

    private void CheckEffectiveDate(Zorginkoop.Dsl.Syntax.Parsing.SyntaxTree file, ExpressionSyntax date, ExpressionScope scope, PolicyHeaderInfo? header)
    {
        switch (date)
        {
            case ErrorExpressionSyntax:
                return;
            case LiteralExpressionSyntax { Kind: LiteralKind.Date }:
                if (expressions.BindExpectingType(date, scope, PrimitiveType.Date, "een datum") is BoundLiteral { Value: DateOnly effective })
                {
                    CheckPeriod(file, date, effective, header);
                }

                return;
            default:
                context.Diagnostics.Add(DiagnosticCatalog.AmendmentDate(At(file, date), file.Text.GetText(date.Span)));
                return;
        }
    }

    /// <summary>
    /// A policy is in force from its publication (or, without one, from 1 January of its first year) to the end
    /// of its last year; amendments before publication are common for next year's purchasing, so that is where
    /// the period starts.
    /// </summary>
    private void CheckPeriod(Zorginkoop.Dsl.Syntax.Parsing.SyntaxTree file, ExpressionSyntax date, DateOnly effective, PolicyHeaderInfo? header)
    {
        if (header is not { FirstYear: { } firstYear, LastYear: { } lastYear })
        {
            return;
        }

        var start = header.Published ?? new DateOnly(firstYear, 1, 1);
        var end = new DateOnly(lastYear, 12, 31);
        var period = $"{DutchFormat.Date(start)} t/m {DutchFormat.Date(end)}";
        string? reason = effective < start
            ? header.Published is { } published ? $"het beleid is pas op {DutchFormat.Date(published)} gepubliceerd" : $"de looptijd begint in {firstYear}"
            : effective > end ? $"de looptijd eindigt in {lastYear}" : null;
        if (reason is not null)
        {
            context.Diagnostics.Add(DiagnosticCatalog.AmendmentOutsidePeriod(At(file, date), DutchFormat.Date(effective), period, reason));
        }
    }
}
