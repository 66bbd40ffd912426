namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>ZI93xx: the MSBuild integration (the Zorginkoop.Dsl.Build package compiling &lt;ZorginkoopPolicy&gt; items).</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor DuplicatePolicyAssemblyDescriptor = Error("ZI9301", "Twee beleidsbestanden krijgen dezelfde assemblynaam");

    public static Diagnostic DuplicatePolicyAssembly(string path, string otherPath, string assemblyName) =>
        Create(DuplicatePolicyAssemblyDescriptor, null,
            $"'{path}' en '{otherPath}' worden allebei gebouwd tot {assemblyName}. Geef één van beide een eigen naam met metadata, "
            + "bijvoorbeeld <ZorginkoopPolicy Update=\"…\" Identifier=\"AndereNaam\" />, of hernoem het bestand.");
}
