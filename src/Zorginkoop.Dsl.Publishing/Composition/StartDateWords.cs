using Zorginkoop.Dsl.Semantics.Bound;

namespace Zorginkoop.Dsl.Publishing.Composition;

/// <summary>
/// A start-date rule as a sentence: "eerste dag van het volgende kwartaal na aanvraagdatum" reads "De ingangsdatum is
/// de eerste dag van het eerstvolgende kwartaal na de aanvraagdatum." A rule these words do not cover is quoted as
/// written, so the sentence never says something the rule does not.
/// </summary>
internal static class StartDateWords
{
    public static string Sentence(BoundExpression rule) => $"De ingangsdatum is {Words(rule)}.";

    private static string Words(BoundExpression rule) => rule switch
    {
        BoundParameter parameter => "de " + parameter.Parameter.Name,
        BoundDateFunction function when Period(function.Function) is { } period => $"de eerste dag van {period} na {Words(function.Operand)}",
        _ => $"‘{RuleText.Of(rule)}’",
    };

    private static string? Period(DateFunction function) => function switch
    {
        DateFunction.FirstDayOfNextWeek => "de eerstvolgende week",
        DateFunction.FirstDayOfNextMonth => "de eerstvolgende maand",
        DateFunction.FirstDayOfNextQuarter => "het eerstvolgende kwartaal",
        DateFunction.FirstDayOfNextYear => "het eerstvolgende jaar",
        _ => null,
    };
}
