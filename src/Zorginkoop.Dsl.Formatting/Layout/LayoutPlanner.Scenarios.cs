using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Scenarios;

namespace Zorginkoop.Dsl.Formatting.Layout;

internal sealed partial class LayoutPlanner
{
    private void ScenarioMember(ScenarioMemberSyntax member)
    {
        switch (member)
        {
            case GivenSyntax given:
                JoinRange(First(given), given.Facts is null ? Last(given) : First(given.Facts));
                if (given.Facts is not null)
                {
                    RecordValue(given.Facts);
                }

                break;
            case ScenarioDateSyntax date:
                JoinRange(First(date), First(date.Date));
                break;
            case ScenarioEventSyntax @event:
                JoinRange(First(@event), First(@event.Date));
                break;
            case ScenarioRequestSyntax request:
                JoinRange(First(request), First(request.Date));
                break;
            case ExpectationSyntax expectation:
                JoinRange(First(expectation), Last(expectation));
                break;
            default:
                Verbatim(member);
                break;
        }
    }

    /// <summary><c>{ veld: waarde; … }</c>: on one line if the author wrote it so, else one field per line.</summary>
    private void RecordValue(RecordValueSyntax record) => Block(First(record), record.Fields, FieldValue, allowOneLine: true);

    private void FieldValue(FieldValueSyntax field)
    {
        JoinRange(First(field), First(field.Value));
        Value(field.Value);
    }

    private void Value(ValueSyntax value)
    {
        switch (value)
        {
            case RecordValueSyntax record:
                RecordValue(record);
                break;
            case ListValueSyntax list:
                foreach (var item in list.Items)
                {
                    Value(item);
                }

                break;
            case ExpressionValueSyntax or UnknownValueSyntax:
                break;
            default:
                Verbatim((SyntaxNode)value);
                break;
        }
    }
}
