using Zorginkoop.Dsl.Emit.Naming;

namespace Zorginkoop.Dsl.Emit.Tests.Generation;

public class IdentifierSanitizerTests
{
    [Theory]
    [InlineData("GLI-aanbieder", true, "GLI_aanbieder")]
    [InlineData("fteHuisarts", true, "FteHuisarts")]
    [InlineData("class", true, "Class")]
    [InlineData("class", false, "_class")]
    [InlineData("var", false, "_var")]
    [InlineData("ωmega", true, "Ωmega")]
    [InlineData("coöperatie", false, "coöperatie")]
    [InlineData("criminele organisatie", true, "Criminele_organisatie")]
    [InlineData("a\u202Eb\u200Bc", false, "a_b_c")]
    [InlineData("\"); System.IO.File.Delete(\"x", true, "System_IO_File_Delete_x")]
    [InlineData("2023", true, "_2023")]
    [InlineData("*/ {", true, "_")]
    [InlineData("", true, "_")]
    public void MakesValidIdentifiers(string name, bool pascalCase, string expected)
    {
        var identifier = IdentifierSanitizer.Sanitize(name, pascalCase);

        Assert.Equal(expected, identifier);
        Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(identifier));
    }

    [Fact]
    public void ScopesHandOutUniqueNamesInOrder()
    {
        var scope = new NameScope("Policy");

        Assert.Equal(
            ["GLI_aanbieder", "GLI_aanbieder_2", "Policy_2", "Class", "Class_2"],
            new[] { "GLI-aanbieder", "GLI_aanbieder", "Policy", "class", "Class" }.Select(n => scope.Allocate(n)));
    }

    [Theory]
    [InlineData("/beleid/huisartsenzorg-2026-2027.zip", "Huisartsenzorg20262027")]
    [InlineData("algemene minimumeisen.zip", "AlgemeneMinimumeisen")]
    [InlineData("2027.zip", "_2027")]
    [InlineData("---.zip", "Beleid")]
    public void DerivesTheNamespaceFromTheEntryFile(string path, string expected) =>
        Assert.Equal(expected, PolicyNaming.PolicyIdentifier(path));
}
