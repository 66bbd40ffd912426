using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Semantics.Types;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>
/// The C# type that holds a value of a policy type, always nullable because null is onbekend:
/// aantal → long?, decimaal/bedrag/percentage → decimal?, tekst/keuze → string?, datum → DateOnly?,
/// tijdstip → DateTime?, duur → Duration?, ja/nee → bool?, gegevens → the generated class, lijst → IReadOnlyList&lt;T?&gt;.
/// </summary>
internal sealed class CodeTypes(GeneratedNames names)
{
    public static readonly TypeSyntax Trace = Code.Runtime("Evaluation.EvaluationTrace");
    public static readonly TypeSyntax FastMemo = Code.Runtime("Evaluation.FastMemo");
    public static readonly TypeSyntax Inputs = Code.Runtime("Evaluation.EvaluationInputs");
    public static readonly TypeSyntax Kleene = Code.Runtime("Values.Kleene");
    public static readonly TypeSyntax Arithmetic = Code.Runtime("Evaluation.Arithmetic");
    public static readonly TypeSyntax Comparison = Code.Runtime("Evaluation.Comparison");
    public static readonly TypeSyntax Operations = Code.Runtime("Evaluation.Operations");
    public static readonly TypeSyntax Calendar = Code.Runtime("Values.DutchCalendar");
    public static readonly TypeSyntax Duration = Code.Runtime("Values.Duration");
    public static readonly TypeSyntax DurationUnit = Code.Runtime("Values.DurationUnit");
    public static readonly TypeSyntax ValueKind = Code.Runtime("Values.ValueKind");
    public static readonly TypeSyntax Outcome = Code.Runtime("Values.Outcome");
    public static readonly TypeSyntax OutcomeText = Code.Runtime("Values.OutcomeText");
    public static readonly TypeSyntax FactRecord = Code.Runtime("Facts.FactRecord");
    public static readonly TypeSyntax RecordSchema = Code.Runtime("Facts.RecordSchema");
    public static readonly TypeSyntax FieldSchema = Code.Runtime("Facts.FieldSchema");
    public static readonly TypeSyntax TypeSchema = Code.Runtime("Facts.TypeSchema");
    public static readonly TypeSyntax PolicyLocation = Code.Runtime("Results.PolicyLocation");
    public static readonly TypeSyntax RequirementResult = Code.Runtime("Results.RequirementResult");
    public static readonly TypeSyntax RequirementSetResult = Code.Runtime("Results.RequirementSetResult");
    public static readonly TypeSyntax RequirementAssembly = Code.Runtime("Results.RequirementAssembly");
    public static readonly TypeSyntax SetAssembly = Code.Runtime("Results.SetAssembly");
    public static readonly TypeSyntax ExceptionTrail = Code.Runtime("Results.ExceptionTrail");
    public static readonly TypeSyntax OutcomeTruth = Code.Runtime("Results.OutcomeTruth");
    public static readonly TypeSyntax FactConversion = Code.Runtime("Evaluation.FactConversion");

    public static readonly TypeSyntax ElementFold = Code.Runtime("Evaluation.ElementFold");
    public static readonly TypeSyntax PolicyEvaluator = Code.Runtime("Evaluation.IPolicyEvaluator");
    public static readonly TypeSyntax PolicyInfo = Code.Runtime("Evaluation.PolicyInfo");
    public static readonly TypeSyntax RequirementSetInfo = Code.Runtime("Evaluation.RequirementSetInfo");
    public static readonly TypeSyntax RequirementInfo = Code.Runtime("Evaluation.RequirementInfo");
    public static readonly TypeSyntax RecordValue = Code.Runtime("Values.IRecordValue");
    public static readonly TypeSyntax DateOnly = Code.Fixed("global::System.DateOnly");
    public static readonly TypeSyntax DateTime = Code.Fixed("global::System.DateTime");

    /// <summary>The nullable C# type of a value of this policy type.</summary>
    public TypeSyntax Of(TypeSymbol type) => Code.Nullable(NonNullable(type));

    /// <summary>The C# type without the outer '?': long, string, global::…Zorgaanbieder, IReadOnlyList&lt;long?&gt;.</summary>
    public TypeSyntax NonNullable(TypeSymbol type) => type switch
    {
        RecordType record => names.Type(names.RecordClass(record.Record)),
        ListType list => Code.Generic("global::System.Collections.Generic.IReadOnlyList", Of(list.Element)),
        ChoiceType => Code.StringType(),
        _ => type.Kind switch
        {
            Runtime.Values.ValueKind.Integer => Code.Long(),
            Runtime.Values.ValueKind.Decimal or Runtime.Values.ValueKind.Money or Runtime.Values.ValueKind.Percentage => Code.DecimalType(),
            Runtime.Values.ValueKind.Date => DateOnly,
            Runtime.Values.ValueKind.DateTime => DateTime,
            Runtime.Values.ValueKind.Duration => Duration,
            Runtime.Values.ValueKind.Boolean => Code.Bool(),
            _ => Code.StringType(),
        },
    };

    /// <summary>Whether the C# representation is a value type (a list of these must be boxed to be seen as objects).</summary>
    public static bool IsValueType(TypeSymbol type) => type is not (RecordType or ListType or ChoiceType)
        && type.Kind is not (Runtime.Values.ValueKind.Text or Runtime.Values.ValueKind.Choice);

    /// <summary>decimaal, bedrag and percentage share decimal; aantal is long.</summary>
    public static bool IsDecimal(TypeSymbol type) => type.Kind is Runtime.Values.ValueKind.Decimal or Runtime.Values.ValueKind.Money or Runtime.Values.ValueKind.Percentage;

    public static ExpressionSyntax Kind(Runtime.Values.ValueKind kind) => Code.Member(ValueKind, kind.ToString());
}
