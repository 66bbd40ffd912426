using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Emit.Naming;
using Zorginkoop.Dsl.Semantics.Timelines;
using Zorginkoop.Dsl.Semantics.Types;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>
/// Timelines in the compiled assembly: a <c>PolicyTimelines</c> class holding the same <c>TimelineInfo</c> data
/// the interpreter's <c>TimelineInterpreter</c> builds, with each relative date ("6 weken na offerte") as a
/// generated method over the event dates. <c>Policy</c> implements <c>IPolicyTimelines</c> with it; queries go
/// through the runtime's <c>TimelinePlanner</c>, as they do for the interpreter (docs/timelines.md).
/// </summary>
public sealed partial class CSharpGenerator
{
    public const string TimelinesClass = "PolicyTimelines";

    private static readonly TypeSyntax TimelineInfoType = Code.Runtime("Timelines.TimelineInfo");
    private static readonly TypeSyntax TimelineEntryInfoType = Code.Runtime("Timelines.TimelineEntryInfo");
    private static readonly TypeSyntax TimelineScheduleType = Code.Runtime("Timelines.TimelineSchedule");
    private static readonly TypeSyntax TimelineMomentType = Code.Runtime("Timelines.TimelineMoment");
    private static readonly TypeSyntax TimelineEntryKindType = Code.Runtime("Timelines.TimelineEntryKind");
    private static readonly TypeSyntax TimelinePeriodType = Code.Runtime("Timelines.TimelinePeriod");
    private static readonly TypeSyntax PolicyTimelinesInterface = Code.Runtime("Evaluation.IPolicyTimelines");
    private static readonly TypeSyntax TimeOnlyType = Code.Fixed("global::System.TimeOnly");
    private static readonly TypeSyntax EventDatesType = Code.Generic("global::System.Collections.Generic.IReadOnlyDictionary", Code.StringType(), CodeTypes.DateOnly);

    private bool HasTimelines => !Policy.BoundTimelines.IsEmpty;

    private ClassDeclarationSyntax TimelinesClassDeclaration()
    {
        var methods = new List<MemberDeclarationSyntax>();
        var scope = new NameScope(TimelinesClass, "All", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals");
        var timelines = Policy.BoundTimelines.Select(t => (ExpressionSyntax)Code.New(TimelineInfoType,
            Code.String(t.Name), Code.String(t.Title), Location(t.Symbol.Location),
            Code.Array(TimelineEntryInfoType, t.Entries.Select(e => TimelineEntry(t, e, methods, scope)))));
        List<MemberDeclarationSyntax> members =
        [
            Field(ArrayOf(TimelineInfoType), "All", Code.Array(TimelineInfoType, timelines),
                SyntaxKind.InternalKeyword, SyntaxKind.StaticKeyword, SyntaxKind.ReadOnlyKeyword),
            .. methods,
        ];
        return StaticClass(TimelinesClass, SyntaxKind.InternalKeyword, members);
    }

    /// <summary><c>public IReadOnlyList&lt;TimelineInfo&gt; Timelines => PolicyTimelines.All;</c></summary>
    private IEnumerable<MemberDeclarationSyntax> TimelineMembers()
    {
        if (!HasTimelines)
        {
            yield break;
        }

        yield return PropertyDeclaration(Code.Generic("global::System.Collections.Generic.IReadOnlyList", TimelineInfoType), Code.Token("Timelines"))
            .WithModifiers(Code.Modifiers(SyntaxKind.PublicKeyword))
            .WithExpressionBody(ArrowExpressionClause(Code.Member(Names.Type(TimelinesClass), "All")))
            .WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
    }

    private ExpressionSyntax TimelineEntry(BoundTimeline timeline, BoundTimelineEntry entry, List<MemberDeclarationSyntax> methods, NameScope scope) =>
        Code.New(TimelineEntryInfoType,
            Code.String(entry.Id),
            Code.Int32(entry.Number),
            Code.String(entry.Phase),
            Strings(entry.Parties),
            Code.String(entry.Action),
            Code.String(entry.Channel),
            Strings(entry.Conditions),
            Strings(entry.Exceptions),
            Code.String(entry.EventName),
            entry.Schedule is { } schedule ? Schedule(timeline, entry, schedule, methods, scope) : Code.Null,
            Location(entry.Location));

    private ExpressionSyntax Schedule(BoundTimeline timeline, BoundTimelineEntry entry, BoundSchedule schedule, List<MemberDeclarationSyntax> methods, NameScope scope)
    {
        ExpressionSyntax Moment(BoundMoment? moment, string role) => TimelineMoment(moment, $"{timeline.Name}_{entry.Id}_{role}", methods, scope);
        return Code.New(TimelineScheduleType,
            Code.Member(TimelineEntryKindType, schedule.Kind.ToString()),
            Code.String(schedule.Text),
            Moment(schedule.Start, "Start"),
            Moment(schedule.Preferred, "Preferred"),
            Moment(schedule.Deadline, "Deadline"),
            schedule.Period is { } period ? Code.Member(TimelinePeriodType, period.ToString()) : Code.Null,
            Code.Array(Code.Int(), schedule.Years.Select(Code.Int32)));
    }

    private ExpressionSyntax TimelineMoment(BoundMoment? moment, string methodStem, List<MemberDeclarationSyntax> methods, NameScope scope)
    {
        if (moment is null)
        {
            return Code.Null;
        }

        var time = moment.Time is { } t ? Code.New(TimeOnlyType, Code.Int32(t.Hour), Code.Int32(t.Minute)) : Code.Null;
        if (moment.FixedDate is { } date)
        {
            return Code.Call(Code.Member(TimelineMomentType, "Fixed"),
                Code.New(CodeTypes.DateOnly, Code.Int32(date.Year), Code.Int32(date.Month), Code.Int32(date.Day)), time, Code.Bool(moment.Before), Code.String(moment.Text));
        }

        if (moment.Events.IsEmpty)
        {
            return Code.Null; // a constant that could not be computed; the interpreter leaves it out too
        }

        // The date as a method of the event dates; subject and inputs are there for definitions, which never read facts here (ZI5008).
        var method = scope.Allocate(methodStem);
        var lowerer = new ExpressionLowerer(context, Fast);
        List<StatementSyntax> body = [Fast.FreshMemo()];
        foreach (var variable in moment.Events)
        {
            var local = lowerer.Fresh("e");
            body.Add(Code.Local(Code.Nullable(CodeTypes.DateOnly), local, Code.Call(Code.Member(TimelineMomentType, "EventDate"), Code.Name("events"), Code.String(variable.Name))));
            lowerer.Bind(variable, Code.Name(local));
        }

        body.Add(Code.Return(lowerer.LowerAsDate(moment.Expression, body)));
        methods.Add(Method(Code.Nullable(CodeTypes.DateOnly), method, [.. Fast.Parameters(memo: false), Code.Parameter(EventDatesType, "events")], body,
            SyntaxKind.InternalKeyword, SyntaxKind.StaticKeyword));

        List<ExpressionSyntax> arguments = [];
        if (SubjectType is not null)
        {
            arguments.Add(PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, Code.Null));
        }

        arguments.Add(Code.Member(CodeTypes.Inputs, "None"));
        arguments.Add(Code.Name("events"));
        var compute = SimpleLambdaExpression(Parameter(Code.Token("events")), Code.Call(Code.Member(Names.Type(TimelinesClass), method), arguments));
        return Code.Call(Code.Member(TimelineMomentType, "Relative"),
            Code.String(moment.Text), Strings(moment.Events.Select(e => e.Name)), compute, time, Code.Bool(moment.Before));
    }

    private static ArrayTypeSyntax ArrayOf(TypeSyntax element) =>
        ArrayType(element).WithRankSpecifiers(SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression()))));

    private static ExpressionSyntax Strings(IEnumerable<string> values) => Code.Array(Code.StringType(), values.Select(v => Code.String(v)));
}
