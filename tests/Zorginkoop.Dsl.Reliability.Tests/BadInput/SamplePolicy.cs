namespace Zorginkoop.Dsl.Reliability.Tests.BadInput;

/// <summary>A small policy every command has something to do with: a set, an addendum, a timeline and a scenario; already in the canonical layout.</summary>
internal static class SamplePolicy
{
    public const string Text = """
        beleid "Proef" {
            verzekeraar: "Test"
            looptijd: 2026 t/m 2027
        }
        gegevens Zorgaanbieder als aanbieder { a: ja/nee; start: datum?; n: aantal?; d: decimaal? }
        eisen Basis "Basis" {
            eis x "Zin"
                aanbieder.a
        }
        addendum Extra "Extra" {
            vereist overeenkomst Basis
            ingangsdatum: eerste dag van het volgende kwartaal na aanvraagdatum
        }
        tijdlijn Planning "Planning" {
            uiterlijk 1 juni 2026  VGZ  "Offerte"  via e-mail
        }
        scenario "voldoet" {
            gegeven aanbieder { a: ja }
            verwacht Basis voldaan
        }

        """;

    public const string Facts = """{ "a": true }""";

    /// <summary>Every command, as arguments with the policy path left open ({0}), a facts file ({1}), an output folder ({2}) and a good policy ({3}).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Commands = new Dictionary<string, string[]>
    {
        ["check"] = ["check", "{0}"],
        ["evaluate"] = ["evaluate", "{0}", "--facts", "{1}", "--on", "2026-03-01"],
        ["build"] = ["build", "{0}", "--output", "{2}"],
        ["timeline"] = ["timeline", "{0}", "--on", "2026-05-01"],
        ["addendum"] = ["addendum", "{0}", "--name", "Extra", "--request-date", "2026-02-14", "--facts", "{1}"],
        ["test"] = ["test", "{0}"],
        ["format"] = ["format", "{0}"],
        ["diff"] = ["diff", "{0}", "{3}"],
    };

    public static string[] Arguments(string command, string policy, string facts, string output, string good) =>
        [.. Commands[command].Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, policy, facts, output, good))];
}
