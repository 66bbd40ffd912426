using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Semantics.Tests;

/// <summary>
/// The decision service's findings (ZI96xx): each has its stable code and a Dutch message that names what it is
/// about. The server's own tests (problem details per endpoint) are to come in tests/Zorginkoop.Dsl.Server.Tests.
/// </summary>
public class ServerDiagnosticTests
{
    public static TheoryData<string, string, string> Findings() => new()
    {
        { "ZI9601", DiagnosticCatalog.UnknownPolicy("vgz.huisartsenzorg", "vgz.huisartsenzorg-2026-2027", ["vgz.huisartsenzorg-2026-2027"]).ToString(), "Bedoelde u 'vgz.huisartsenzorg-2026-2027'?" },
        { "ZI9602", DiagnosticCatalog.InvalidQuery("on", "'morgen' is geen datum").ToString(), "Parameter 'on'" },
        { "ZI9603", DiagnosticCatalog.RequestTooLarge(1024).ToString(), "groter dan 1024 bytes" },
        { "ZI9604", DiagnosticCatalog.RequestTimedOut(TimeSpan.FromSeconds(30)).ToString(), "na 30 seconden" },
        { "ZI9605", DiagnosticCatalog.ServerBusy(8).ToString(), "al 8 verzoeken" },
        { "ZI9606", DiagnosticCatalog.NotAuthorised().ToString(), "Authorization: Bearer" },
        { "ZI9607", DiagnosticCatalog.PolicyNotServed("x").ToString(), "Beleid 'x' bevat fouten" },
        { "ZI9608", DiagnosticCatalog.UnsupportedMediaType("text/plain", "application/json").ToString(), "'text/plain'" },
        { "ZI9609", DiagnosticCatalog.DuplicatePolicyId("a.b", "a.b.zip", "a/b.zip").ToString(), "allebei de naam 'a.b'" },
        { "ZI9610", DiagnosticCatalog.ReloadFailed("x", 2).ToString(), "2 fouten" },
        { "ZI9611", DiagnosticCatalog.DecisionLogFailed("log.jsonl", "schijf vol").ToString(), "schijf vol" },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void Each_server_finding_has_its_code_and_a_Dutch_message(string code, string text, string fragment)
    {
        Assert.Contains(code, text);
        Assert.Contains(fragment, text);
    }
}
