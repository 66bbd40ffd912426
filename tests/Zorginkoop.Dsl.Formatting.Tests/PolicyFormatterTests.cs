using Zorginkoop.Dsl.Formatting.Verification;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Formatting.Tests;

public class PolicyFormatterTests
{
    private static FormatResult Format(string text) => PolicyFormatter.Format(new SourceText("test.zip", text));

    [Fact]
    public void LaysOutEveryConstructCanonically()
    {
        var messy = """
            // kop
            beleid   "Test"{verzekeraar:"X"
              looptijd : 2026 t/m 2027 // jaren
            }
            gebruik    "ander.zip"
            keuze Soort{A,B , C}
            keuze Delict {
              "criminele organisatie" // eerste
                  omkoping   // tweede
              fraude
            }
            gegevens Zorgaanbieder als aanbieder {
            soort : Soort "Soort"
              fte: decimaal    "Fte"
              ketens: lijst van Keten?


              naam:tekst
            }
            aanvulling Zorgaanbieder { extra: ja/nee }
            definitie norm "uitleg"   =   aanbieder.fte   /   3.000
            eisen Basis "Basis" geldt voor aanbieder.soort = A mag afwijken "reden" {

              omvat Ander
              ingangsdatum : eerste dag van het volgende kwartaal na aanvraagdatum
              eis a "Zin a." aanbieder.fte >= norm
              eis b "Zin b."
                  aanbieder.fte >= 1,0 en
                  aanbieder.extra
                  uitzondering "omdat" als aanbieder.extra
              eis c {
                eis d -aanbieder.fte < 0 // negatief
              }
              /* blok */ eis e mag afwijken aanbieder.extra
                uitzondering
                  als aanbieder.extra

            }
            tijdlijn T "Titel" {
              a: uiterlijk 1 juni 2025 VGZ "Actie" via e-mail
              langereNaam: vanaf 1 augustus 2025  VGZ en RHO "Onderhandelen" via "Mondeling"
                 tenzij "anders"
              fase "Fase" { X "Doen" }
            }
            wijziging 1 september 2025 "W" { reden: "r"
              voegt toe aan T { b: uiterlijk 1 oktober 2025 VGZ "Meer" }
              vervangt Basis.a door eis a "Nieuw" aanbieder.fte >= 2
              vervalt Basis.b
            }
            scenario "S" { gegeven aanbieder { soort: A; fte: 0,8 }
              op 1 januari 2026
              verwacht Basis niet voldaan }
            // slot
            """;

        var expected = """
            // kop
            beleid "Test" {
                verzekeraar: "X"
                looptijd: 2026 t/m 2027  // jaren
            }
            gebruik "ander.zip"
            keuze Soort { A, B, C }
            keuze Delict {
                "criminele organisatie"  // eerste
                omkoping                 // tweede
                fraude
            }
            gegevens Zorgaanbieder als aanbieder {
                soort: Soort   "Soort"
                fte: decimaal  "Fte"
                ketens: lijst van Keten?

                naam: tekst
            }
            aanvulling Zorgaanbieder { extra: ja/nee }
            definitie norm "uitleg" = aanbieder.fte / 3.000
            eisen Basis "Basis"
                geldt voor aanbieder.soort = A
                mag afwijken "reden"
            {
                omvat Ander
                ingangsdatum: eerste dag van het volgende kwartaal na aanvraagdatum
                eis a "Zin a."
                    aanbieder.fte >= norm
                eis b "Zin b."
                    aanbieder.fte >= 1,0 en
                        aanbieder.extra
                    uitzondering "omdat" als aanbieder.extra
                eis c {
                    eis d
                        -aanbieder.fte < 0  // negatief
                }
                /* blok */
                eis e
                    mag afwijken aanbieder.extra
                    uitzondering
                        als aanbieder.extra
            }
            tijdlijn T "Titel" {
                a:            uiterlijk 1 juni 2025  VGZ         "Actie"  via e-mail
                langereNaam:  vanaf 1 augustus 2025  VGZ en RHO  "Onderhandelen"  via "Mondeling"
                              tenzij "anders"
                fase "Fase" {
                    X  "Doen"
                }
            }
            wijziging 1 september 2025 "W" {
                reden: "r"
                voegt toe aan T {
                    b:  uiterlijk 1 oktober 2025  VGZ  "Meer"
                }
                vervangt Basis.a door
                    eis a "Nieuw"
                        aanbieder.fte >= 2
                vervalt Basis.b
            }
            scenario "S" {
                gegeven aanbieder { soort: A; fte: 0,8 }
                op 1 januari 2026
                verwacht Basis niet voldaan
            }
            // slot

            """;

        var result = Format(messy);

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Changed);
        Assert.Equal(expected, result.Text);
        Assert.False(Format(expected).Changed);
    }

    [Fact]
    public void KeepsCommentsWhereTheyAreAndLiteralsAsWritten()
    {
        var source = """
            eisen X "t" { // na brace
              eis a /* in kop */ "zin" // na zin
                aanbieder.x // na voorwaarde
                // eigen regel
                en /* midden */ aanbieder.y
              // voor sluiten
            }
            definitie e = 1 april 2025  /* tussen */  13.00 uur
            scenario "S" {
              gegeven aanbieder {
                items: [
                  { a: 1 },
                  {
                    b: 2
                  }
                ]
                c: onbekend
              }
            }
            """;
        var expected = """
            eisen X "t" {  // na brace
                eis a /* in kop */ "zin"  // na zin
                    aanbieder.x  // na voorwaarde
                        // eigen regel
                        en /* midden */ aanbieder.y
                // voor sluiten
            }
            definitie e = 1 april 2025  /* tussen */  13.00 uur
            scenario "S" {
                gegeven aanbieder {
                    items: [
                        { a: 1 },
                        {
                            b: 2
                        }
                    ]
                    c: onbekend
                }
            }

            """;

        Assert.Equal(expected, Format(source).Text);
    }

    [Fact]
    public void KeepsLineEndingsAndHandlesEmptyAndCommentOnlyFiles()
    {
        Assert.Equal("keuze A { X }\r\n\r\nkeuze B {\r\n    Y  // c\r\n}\r\n", Format("keuze A {X}\r\n\r\n\r\nkeuze B {\r\n  Y // c\r\n}").Text);
        Assert.Equal(string.Empty, Format(string.Empty).Text);
        Assert.Equal("// alleen\n\n/* blok\n   over regels */\n", Format("// alleen\n\n\n/* blok\n   over regels */").Text);
        Assert.Equal("keuze A { X }\n", Format("\uFEFFkeuze  A {X}").Text);

        // A file with \r\n in which a comment and a literal were typed over two lines with \n (found by fuzzing):
        // the layout writes every break as \r\n, and that is no change of words or meaning.
        var mixed = Format("eisen X {\r\n  eis a /* twee\n regels */ 6\n weken = 6 weken\r\n}\r\n");
        Assert.Empty(mixed.Diagnostics);
        Assert.True(mixed.Changed);
        Assert.Contains("/* twee\r\n regels */", mixed.Text);
        Assert.Contains("6\r\n weken = 6 weken", mixed.Text);
    }

    [Fact]
    public void LeavesAFileWithSyntaxErrorsAloneAndSaysWhy()
    {
        var broken = "eisen X {\n  eis a aanbieder.x >=\n";

        var result = Format(broken);

        Assert.False(result.Changed);
        Assert.Equal(broken, result.Text);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "ZI9101" && d.Message.Contains("fout"));
        Assert.Contains(result.Diagnostics, d => d.Code.StartsWith("ZI1", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSafetyCheckRefusesALayoutThatWouldChangeTheMeaning()
    {
        var tree = PolicyParser.Parse(new SourceText("test.zip", "keuze A { X, Y } // c\n"));

        var dropsComment = PolicyFormatter.Format(tree, _ => "keuze A { X, Y }\n");
        var changesWords = PolicyFormatter.Format(tree, _ => "keuze A { X, Z } // c\n");
        var notIdempotent = PolicyFormatter.Format(tree, t => t.Text.Content + " ");

        foreach (var result in new[] { dropsComment, changesWords, notIdempotent })
        {
            Assert.False(result.Changed);
            Assert.Equal(tree.Text.Content, result.Text);
            Assert.Equal("ZI9102", Assert.Single(result.Diagnostics).Code);
        }

        Assert.Contains("commentaar", dropsComment.Diagnostics[0].Message);
        Assert.Contains("woorden", changesWords.Diagnostics[0].Message);
        Assert.Contains("tweede keer", notIdempotent.Diagnostics[0].Message);
    }

    [Fact]
    public void SyntaxDumpIgnoresSpansButNotWords()
    {
        string Dump(string text) => SyntaxDump.Print(PolicyParser.Parse(new SourceText("t.zip", text)).Root);

        Assert.Equal(Dump("eisen X { eis a aanbieder.x }"), Dump("eisen   X {\n\n eis a\n aanbieder.x }"));
        Assert.NotEqual(Dump("eisen X { eis a aanbieder.x }"), Dump("eisen X { eis a aanbieder.y }"));
        Assert.NotEqual(Dump("eisen X { eis a 6 weken = 6 weken }"), Dump("eisen X { eis a 6 weken = 6  weken }"));
    }
}
