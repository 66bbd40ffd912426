using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Zorginkoop.Dsl.Emit.Naming;

/// <summary>
/// Turns a policy name ("GLI-aanbieder", "criminele organisatie", "class") into a valid C# identifier. Letters of
/// any script are kept; everything else, including invisible formatting and bidirectional control characters,
/// becomes '_', so that a name can never change how the generated code reads.
/// </summary>
internal static class IdentifierSanitizer
{
    /// <summary>Far below C#'s limit of 512; long sentences make unreadable names anyway.</summary>
    private const int MaxLength = 80;

    public static string Sanitize(string name, bool pascalCase)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSeparator = false;
        foreach (var rune in name.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (IsAllowed(rune))
            {
                if (pendingSeparator && builder.Length > 0)
                {
                    builder.Append('_');
                }

                pendingSeparator = false;
                builder.Append(rune.ToString());
            }
            else
            {
                pendingSeparator = true;
            }
        }

        var text = builder.Length > MaxLength ? builder.ToString(0, MaxLength) : builder.ToString();
        if (text.Length == 0)
        {
            return "_";
        }

        if (pascalCase && char.IsLower(text[0]))
        {
            text = char.ToUpperInvariant(text[0]) + text[1..];
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(text[0]))
        {
            text = "_" + text;
        }

        // All C# keywords are lower case, but contextual ones (var, record, …) and a lower-case first letter
        // without an upper-case form could still collide: a prefix keeps the name plain and valid everywhere.
        return IsReserved(text) ? "_" + text : text;
    }

    public static bool IsReserved(string text) =>
        SyntaxFacts.GetKeywordKind(text) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(text) != SyntaxKind.None;

    private static bool IsAllowed(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        // C# reads identifiers per UTF-16 unit, so letters outside the basic plane cannot be part of one.
        if (!rune.IsBmp)
        {
            return false;
        }

        // Only letters, letter numbers, combining marks and decimal digits: never Cf (formatting, bidi controls).
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
            _ => false,
        };
    }
}
