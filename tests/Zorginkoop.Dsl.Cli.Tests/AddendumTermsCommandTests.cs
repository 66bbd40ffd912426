namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// Issue 14 points 4 and 9 on the real command line: an addendum's looptijd, aanbod and onderhandelbaar are printed by
/// <c>zorginkoop addendum</c>, and <c>vereist overeenkomst A of B</c> lets a RHO qualify through its own contract,
/// printed as one of the alternatives, without the practice contract it cannot have as a reason.
/// </summary>
public class AddendumTermsCommandTests
{
    private const string Huisartsen = "policies/vgz/huisartsenzorg-2026-2027.zip";

    [Fact]
    public void TheTermsArePrintedOnlyWhereThePolicyStatesThem()
    {
        var (exit, output, error) = Cli.RunProcess(RepositoryPaths.Root, "addendum", Huisartsen, "--name", "ServiceBereikbaarheidDigitalisering", "--request-date", "2026-02-14");
        Assert.True(exit == 0, error);
        Assert.Contains("  aanbod:          op aanvraag", output, StringComparison.Ordinal);
        Assert.DoesNotContain("looptijd:", output, StringComparison.Ordinal);

        (exit, output, error) = Cli.RunProcess(RepositoryPaths.Root, "addendum", Huisartsen, "--name", "RegiomanagementRho", "--request-date", "2026-02-14");
        Assert.True(exit == 0, error);
        Assert.Contains("  looptijd:        1 jaar", output, StringComparison.Ordinal);
        Assert.DoesNotContain("aanbod:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ARhoQualifiesForFtoThroughItsOwnContract()
    {
        var (exit, output, error) = Cli.RunProcess(RepositoryPaths.Root, "addendum", Huisartsen, "--name", "ResultaatbeloningFto", "--request-date", "2026-02-14",
            "--facts", "policies/vgz/voorbeelden/rho-uitzondering.json");
        Assert.True(exit == 0, error);
        Assert.Contains("Vereiste overeenkomst (één van Huisartsgeneeskundig of ZorgverleningRho volstaat):", output, StringComparison.Ordinal);
        Assert.DoesNotContain("reden:", output, StringComparison.Ordinal);
    }
}
