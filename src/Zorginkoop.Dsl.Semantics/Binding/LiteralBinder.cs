using System.Globalization;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>Turns literal text as the author wrote it into runtime values, reporting dates and times that cannot exist.</summary>
internal static class LiteralBinder
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public static BoundExpression Bind(LiteralExpressionSyntax literal, SourceLocation location, DiagnosticBag diagnostics)
    {
        var text = literal.Text;
        BoundExpression Value(object value, TypeSymbol type) => new BoundLiteral(value, type, location);
        BoundExpression TooLarge()
        {
            diagnostics.Add(DiagnosticCatalog.NumberOutOfRange(location, text));
            return BoundErrorExpression.Instance;
        }

        switch (literal.Kind)
        {
            case LiteralKind.Text:
                return Value(text, PrimitiveType.Text);
            case LiteralKind.Boolean:
                return Value(text == "ja", PrimitiveType.Boolean);
            case LiteralKind.Integer:
                return TryWhole(text, out var whole) ? Value(whole, PrimitiveType.Integer) : TooLarge();
            case LiteralKind.Decimal:
                return TryDecimal(text, out var number) ? Value(number, PrimitiveType.Decimal) : TooLarge();
            case LiteralKind.Money:
                var amount = text.TrimStart('€').Trim();
                if (amount.EndsWith(",-", StringComparison.Ordinal) || amount.EndsWith(",–", StringComparison.Ordinal))
                {
                    amount = amount[..^2];
                }

                return TryDecimal(amount, out var euros) ? Value(euros, PrimitiveType.Money) : TooLarge();
            case LiteralKind.Percentage:
                return TryDecimal(text.TrimEnd('%').Trim(), out var points) ? Value(points, PrimitiveType.Percentage) : TooLarge();
            case LiteralKind.Duration:
                return Duration.TryParse(text, out var duration) ? Value(duration, PrimitiveType.Duration) : TooLarge();
            case LiteralKind.Date:
                return ParseDate(text, location, diagnostics) is { } date ? Value(date, PrimitiveType.Date) : BoundErrorExpression.Instance;
            case LiteralKind.DateTime:
                var timeStart = IndexOfTime(text);
                var day = ParseDate(text[..timeStart].Trim(), location, diagnostics);
                var time = ParseTime(text[timeStart..], location, diagnostics);
                return day is { } d && time is { } t ? Value(d.ToDateTime(t), PrimitiveType.DateTime) : BoundErrorExpression.Instance;
            case LiteralKind.Time:
                return ParseTime(text, location, diagnostics) is { } alone ? Value(alone, TimeOfDayType.Instance) : BoundErrorExpression.Instance;
            default:
                return BoundErrorExpression.Instance;
        }
    }

    public static TimeOnly? ParseTime(string text, SourceLocation location, DiagnosticBag diagnostics)
    {
        var digits = text.Replace("uur", string.Empty).Trim().Split('.', ':');
        if (digits.Length == 2 && int.TryParse(digits[0], out var hour) && int.TryParse(digits[1], out var minute) && hour < 24 && minute < 60)
        {
            return new TimeOnly(hour, minute);
        }

        diagnostics.Add(DiagnosticCatalog.InvalidTime(location, text.Trim()));
        return null;
    }

    private static int IndexOfTime(string text)
    {
        // The time is the last two space-separated words ("13.00 uur"); the date is everything before.
        var uur = text.LastIndexOf("uur", StringComparison.Ordinal);
        var beforeUur = text[..uur].TrimEnd();
        return beforeUur.LastIndexOfAny([' ', '\t']) + 1;
    }

    private static DateOnly? ParseDate(string text, SourceLocation location, DiagnosticBag diagnostics)
    {
        int day, month, year;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 3)
        {
            day = int.Parse(words[0], CultureInfo.InvariantCulture);
            month = Array.IndexOf(Months, words[1]) + 1;
            year = int.Parse(words[2], CultureInfo.InvariantCulture);
        }
        else if (text.Length == 10 && text[4] == '-')
        {
            year = int.Parse(text[..4], CultureInfo.InvariantCulture);
            month = int.Parse(text[5..7], CultureInfo.InvariantCulture);
            day = int.Parse(text[8..], CultureInfo.InvariantCulture);
        }
        else
        {
            day = int.Parse(text[..2], CultureInfo.InvariantCulture);
            month = int.Parse(text[3..5], CultureInfo.InvariantCulture);
            year = int.Parse(text[6..], CultureInfo.InvariantCulture);
        }

        if (month is < 1 or > 12)
        {
            diagnostics.Add(DiagnosticCatalog.ImpossibleDate(location, text, $"er is geen maand {month}"));
            return null;
        }

        if (year < 1)
        {
            diagnostics.Add(DiagnosticCatalog.ImpossibleDate(location, text, "er is geen jaar 0"));
            return null;
        }

        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            var reason = day < 1 ? "dag 0 bestaat niet" : $"{Months[month - 1]} {year} heeft {daysInMonth} dagen";
            diagnostics.Add(DiagnosticCatalog.ImpossibleDate(location, text, reason));
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static bool TryWhole(string text, out long value) =>
        long.TryParse(text.Replace(".", string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text.Replace(".", string.Empty).Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
