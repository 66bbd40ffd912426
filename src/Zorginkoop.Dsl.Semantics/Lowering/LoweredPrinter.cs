using System.Globalization;
using System.Text;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Timelines;

namespace Zorginkoop.Dsl.Semantics.Lowering;

/// <summary>
/// Writes the lowered model as text, one operation per call, for baselines and for reading: every typed operation
/// and conversion is spelled out, so a baseline diff shows exactly what a change to the lowering means.
/// </summary>
public static class LoweredPrinter
{
    /// <summary>
    /// Everything of a checked policy that the engines evaluate, as lowered: the policy as published and then each
    /// version from its date (<see cref="CheckedPolicy.VersionOn(DateOnly)"/>), each with its definitions, sets,
    /// addenda and the computed dates of its timelines. This is what the lowered baselines hold.
    /// </summary>
    public static string Print(CheckedPolicy policy)
    {
        var text = new StringBuilder();
        text.AppendLine("versie zoals gepubliceerd");
        Version(text, policy);
        foreach (var date in policy.VersionDates)
        {
            text.AppendLine().Append("versie vanaf ").AppendLine(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Version(text, policy.VersionOn(date));
        }

        return text.ToString();
    }

    private static void Version(StringBuilder text, CheckedPolicy policy)
    {
        var lowerer = Lowerer.For(policy.SubjectVariable);
        text.Append(Print(policy.SubjectVariable, policy.Definitions, policy.RequirementSets));
        foreach (var addendum in policy.Addenda)
        {
            text.Append("addendum ").AppendLine(addendum.Name);
            if (addendum.AppliesTo is { } scope)
            {
                text.Append("  geldt voor ").AppendLine(Print(lowerer.Lower(scope)));
            }

            // One line per `vereist overeenkomst`, its alternatives joined by "of" (AddendumSymbol.ContractAlternatives).
            var lines = addendum.ContractAlternatives.IsDefault
                ? addendum.RequiredContracts.Select(c => (IEnumerable<string>)[c.Name])
                : addendum.RequiredContracts.Select((c, i) => (c.Name, Line: addendum.ContractAlternatives[i])).GroupBy(p => p.Line).Select(g => g.Select(p => p.Name));
            foreach (var line in lines)
            {
                text.Append("  vereist overeenkomst ").AppendLine(string.Join(" of ", line));
            }

            if (addendum.Terms.Term is { } term)
            {
                text.Append("  looptijd ").AppendLine(term);
            }

            if (addendum.Terms.OfferText is { } offer)
            {
                text.Append("  aanbod ").AppendLine(offer);
            }

            if (addendum.Terms.NegotiableText is { } negotiable)
            {
                text.Append("  onderhandelbaar ").AppendLine(negotiable);
            }

            foreach (var included in addendum.Includes)
            {
                text.Append("  omvat ").AppendLine(included.Name);
            }

            foreach (var requirement in addendum.Requirements)
            {
                Requirement(text, lowerer, requirement, "  ");
            }

            if (addendum.StartDate is { } start)
            {
                text.Append("  ingangsdatum ").AppendLine(Print(lowerer.LowerAsDate(start)));
            }
        }

        foreach (var timeline in policy.BoundTimelines)
        {
            text.Append("tijdlijn ").AppendLine(timeline.Name);
            foreach (var entry in timeline.Entries)
            {
                foreach (var (role, moment) in Moments(entry.Schedule))
                {
                    text.Append("  ").Append(entry.Id).Append(' ').Append(role).Append(' ');
                    // As the engines read a moment: a fixed date as it is, one without events that could not be computed left out.
                    text.AppendLine(moment.FixedDate is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                        : moment.Events.IsEmpty ? "(niet berekend)"
                        : Print(lowerer.LowerAsDate(moment.Expression)));
                }
            }
        }
    }

    private static IEnumerable<(string Role, BoundMoment Moment)> Moments(BoundSchedule? schedule)
    {
        if (schedule is null)
        {
            yield break;
        }

        if (schedule.Start is { } start)
        {
            yield return ("vanaf", start);
        }

        if (schedule.Preferred is { } preferred)
        {
            yield return ("bij voorkeur", preferred);
        }

        if (schedule.Deadline is { } deadline)
        {
            yield return ("uiterlijk", deadline);
        }
    }

    /// <summary>The definitions, then each set's scope, requirements and exceptions, in source order.</summary>
    public static string Print(VariableSymbol? subjectVariable, IEnumerable<DefinitionSymbol> definitions, IEnumerable<RequirementSetSymbol> sets)
    {
        var lowerer = Lowerer.For(subjectVariable);
        var text = new StringBuilder();
        foreach (var definition in definitions)
        {
            text.Append("definitie ").Append(definition.Name).Append(" = ").AppendLine(Print(lowerer.Definition(definition).Value));
        }

        foreach (var set in sets)
        {
            text.Append("eisen ").AppendLine(set.Name);
            if (set.AppliesTo is { } scope)
            {
                text.Append("  geldt voor ").AppendLine(Print(lowerer.Lower(scope)));
            }

            foreach (var included in set.Includes)
            {
                text.Append("  omvat ").AppendLine(included.Name);
            }

            foreach (var requirement in set.Requirements)
            {
                Requirement(text, lowerer, requirement, "  ");
            }

            if (set.StartDate is { } start)
            {
                text.Append("  ingangsdatum ").AppendLine(Print(lowerer.LowerAsDate(start)));
            }
        }

        return text.ToString();
    }

    public static string Print(LoweredExpression expression)
    {
        var text = new StringBuilder();
        Write(text, expression);
        return text.ToString();
    }

    private static void Requirement(StringBuilder text, Lowerer lowerer, RequirementSymbol requirement, string indent)
    {
        text.Append(indent).Append("eis ").Append(requirement.Path);
        if (requirement.Condition is not { } condition)
        {
            text.AppendLine();
            foreach (var child in requirement.Children)
            {
                Requirement(text, lowerer, child, indent + "  ");
            }

            return;
        }

        text.Append(" = ").AppendLine(Print(lowerer.Lower(condition)));
        foreach (var exception in requirement.Exceptions)
        {
            text.Append(indent).Append("  uitzondering als ").AppendLine(Print(lowerer.Lower(exception.Condition)));
        }
    }

    private static void Write(StringBuilder text, LoweredExpression expression)
    {
        switch (expression)
        {
            case LoweredLiteral literal:
                text.Append(ValueFormatter.Format(literal.Value, literal.Type.Kind));
                break;
            case LoweredSubject:
                text.Append("onderwerp");
                break;
            case LoweredVariable variable:
                text.Append(variable.Variable.Name);
                break;
            case LoweredParameter parameter:
                text.Append(parameter.Parameter == InputParameter.RequestDate ? "aanvraagdatum" : "peildatum");
                break;
            case LoweredFactRead read:
                text.Append(read.RecordsFlag ? "FactFlag(" : "Fact(");
                Write(text, read.Record);
                text.Append('.').Append(read.Field.Name).Append(')');
                break;
            case LoweredDefinitionReference reference:
                text.Append(reference.RecordsFlag ? "DefinitionFlag(" : "Definition(").Append(reference.Definition.Name).Append(')');
                break;
            case LoweredConversion conversion:
                Call(text, conversion.Conversion.ToString(), conversion.Operand);
                break;
            case LoweredNegate negate:
                Call(text, negate.Operation.ToString(), negate.Operand);
                break;
            case LoweredNot not:
                Call(text, "Not", not.Operand);
                break;
            case LoweredArithmetic arithmetic:
                Call(text, arithmetic.Operation.ToString(), arithmetic.Left, arithmetic.Right);
                break;
            case LoweredLogical logical:
                Call(text, logical.Operation.ToString(), logical.Left, logical.Right);
                break;
            case LoweredComparison comparison:
                text.Append("Order").Append(comparison.Relation).Append('(').Append(comparison.Operation).Append('(');
                Operand(text, comparison.Left);
                text.Append(", ");
                Operand(text, comparison.Right);
                text.Append(comparison.Members.IsEmpty ? string.Empty : ", [" + string.Join(", ", comparison.Members) + "]").Append("))");
                break;
            case LoweredEquality equality:
                text.Append(equality.Negated ? "Not(" : string.Empty).Append(equality.Operation).Append('(');
                Operand(text, equality.Left);
                text.Append(", ");
                Operand(text, equality.Right);
                text.Append(equality.Negated ? "))" : ")");
                break;
            case LoweredMembership membership:
                text.Append(membership.Negated ? "Not(ListContains(" : "ListContains(");
                Operand(text, membership.List);
                text.Append(", ");
                Operand(text, membership.Item);
                text.Append(membership.ListFirst ? ", lijst eerst" : string.Empty).Append(membership.Negated ? "))" : ")");
                break;
            case LoweredKnownTest test:
                text.Append(test.Negated ? "Not(" : string.Empty).Append(test.TestsUnknown ? "IsUnknown(" : "IsKnown(");
                Write(text, test.Operand);
                text.Append(test.Negated ? "))" : ")");
                break;
            case LoweredEmptyTest empty:
                text.Append(empty.Negated ? "Not(" : string.Empty).Append(empty.Operation).Append('(');
                Write(text, empty.Operand);
                text.Append(empty.Negated ? "))" : ")");
                break;
            case LoweredImplication implication:
                Call(text, "Implies", implication.Condition, implication.Consequence);
                break;
            case LoweredChoice choice:
                Call(text, "Choose", choice.Condition, choice.Then, choice.Else);
                break;
            case LoweredQuantifier quantifier:
                text.Append(quantifier.Quantifier).Append(' ').Append(quantifier.Variable.Name).Append(" in ");
                Write(text, quantifier.Source);
                text.Append(": ");
                Write(text, quantifier.Predicate);
                foreach (var exception in quantifier.Exceptions)
                {
                    // Printed only where a policy has them, so the baselines of policies without stay as they were.
                    text.Append(" ElementException \"").Append(exception.Description).Append("\": ");
                    Write(text, exception.Condition);
                }

                break;
            case LoweredSum sum:
                text.Append("Sum ").Append(sum.Accumulate).Append(" from ");
                Write(text, sum.Start);
                text.Append(' ').Append(sum.Variable.Name).Append(" in ");
                Write(text, sum.Source);
                text.Append(": ");
                Write(text, sum.Value);
                break;
            case LoweredCount count:
                Call(text, "ListCount", count.Source);
                break;
            case LoweredList list:
                text.Append('[');
                for (var i = 0; i < list.Items.Length; i++)
                {
                    text.Append(i > 0 ? ", " : string.Empty);
                    Write(text, list.Items[i]);
                }

                text.Append(']');
                break;
            case LoweredDateFunction function:
                Call(text, function.Function.ToString(), function.Operand);
                break;
            case LoweredExtreme extreme:
                Call(text, extreme.Operation.ToString(), extreme.First, extreme.Second);
                break;
            case LoweredError:
                text.Append("fout");
                break;
            default:
                // A node kind the printer does not know yet shows up in the baselines by its name, never silently.
                text.Append('?').Append(expression.GetType().Name);
                break;
        }
    }

    private static void Operand(StringBuilder text, LoweredOperand operand)
    {
        if (operand.Conversion is { } conversion)
        {
            text.Append(conversion).Append('(');
        }

        Write(text, operand.Value);
        text.Append(operand.Conversion is null ? string.Empty : ")");
        text.Append(CultureInfo.InvariantCulture, $" als {operand.Label ?? "-"}:{operand.Kind}");
    }

    private static void Call(StringBuilder text, string name, params LoweredExpression[] arguments)
    {
        text.Append(name).Append('(');
        for (var i = 0; i < arguments.Length; i++)
        {
            text.Append(i > 0 ? ", " : string.Empty);
            Write(text, arguments[i]);
        }

        text.Append(')');
    }
}
