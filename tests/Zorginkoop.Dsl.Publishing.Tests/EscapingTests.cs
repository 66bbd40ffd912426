using Zorginkoop.Dsl.Publishing.Composition;
using Zorginkoop.Dsl.Publishing.Rendering;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Publishing.Tests;

/// <summary>
/// Policy text is untrusted: a title, sentence, reason or timeline action that carries markup is shown as text, in
/// HTML and in Markdown, and can never open a tag, an attribute, a script or a link.
/// </summary>
public class EscapingTests
{
    internal const string HostilePolicy = """
        beleid "Beleid <script>alert('titel')</script>" {
            verzekeraar: "Verzekeraar \" onmouseover=\"alert(1)"
            looptijd: 2026
        }
        gegevens Zorgaanbieder als aanbieder {
            agb: ja/nee "<img src=x onerror=alert('veld')>"
        }
        eisen Eisen "Eisen </section><iframe src=//kwaad>" {
            eis agb "De praktijk heeft een AGB-code. <script>alert('zin')</script> [klik](javascript:alert(1)) **vet** | kolom ` code"
                aanbieder.agb
        }
        tijdlijn Planning "Planning <b>vet</b>" {
            stap: uiterlijk 1 maart 2026  "VGZ <i>schuin</i>"  "Actie <a href='javascript:x'>hier</a>"  via "e-mail{RLO}evil"
        }
        wijziging 01-02-2026 "Titel <svg onload=alert(1)>" {
            reden: "Reden </p><script>alert('reden')</script>"
            gevolg: "# kop\n- lijst\n<script>x</script>"
        }
        """;

    [Fact]
    public void Html_shows_markup_from_the_policy_as_text()
    {
        using var folder = new TemporaryFolder();
        var html = HtmlRenderer.Render(Hostile(folder));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:x'>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\" onmouseover=\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', html);
        Assert.Contains("&lt;script&gt;alert(&#39;zin&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("e-mail\\u202Eevil", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_shows_markup_from_the_policy_as_text()
    {
        using var folder = new TemporaryFolder();
        var markdown = MarkdownRenderer.Render(Hostile(folder));

        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(?<!\\)\]\(javascript:", markdown);
        Assert.Contains("\\[klik\\](javascript:alert(1)) \\*\\*vet\\*\\* \\| kolom \\` code", markdown, StringComparison.Ordinal);

        // A text cannot start a heading or a list of its own: line breaks become spaces and '#' is escaped.
        Assert.Contains("\\# kop - lijst &lt;script&gt;x&lt;/script&gt;", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n# kop", markdown, StringComparison.Ordinal);
    }

    internal static Document.PolicyDocument Hostile(TemporaryFolder folder)
    {
        var path = Path.Combine(folder.Path, "kwaad.zip");
        File.WriteAllText(path, HostilePolicy.Replace("{RLO}", "\u202E"));
        var policy = PolicyCompilation.Compile(path, asOf: new DateOnly(2026, 6, 1));
        Assert.False(policy.HasErrors, string.Join("\n", policy.Diagnostics.Where(d => d.IsError).Select(d => d.ToString())));
        return DocumentBuilder.Build(policy, withCode: true);
    }
}
