using System.Globalization;
using System.Text;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>
/// The source text of a C# string literal for any policy text. Roslyn's own escaping leaves format characters
/// as they are, so bidirectional overrides or zero-width spaces from a policy would make the generated file
/// read differently from what it does; here every character that is not plainly visible is written as \uXXXX.
/// </summary>
internal static class StringLiteral
{
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); continue;
                case '\\': text.Append("\\\\"); continue;
                case '\n': text.Append("\\n"); continue;
                case '\r': text.Append("\\r"); continue;
                case '\t': text.Append("\\t"); continue;
                case '\0': text.Append("\\0"); continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) && IsVisible(CharUnicodeInfo.GetUnicodeCategory(value, i)))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (IsVisible(CharUnicodeInfo.GetUnicodeCategory(c)) || c == ' ')
            {
                text.Append(c);
            }
            else
            {
                text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return text.Append('"').ToString();
    }

    private static bool IsVisible(UnicodeCategory category) => category switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => false,
        _ => true,
    };
}
