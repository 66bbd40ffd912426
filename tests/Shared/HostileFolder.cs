namespace Zorginkoop.Dsl.Tests.Shared;

/// <summary>
/// A policy folder with everything a hostile path can reach for, beside a secret outside it:
/// <code>
/// geheim.zip                      outside the policy folder; its first token is <see cref="Secret"/>
/// beleid/                         the policy folder (the root of imports)
///   binnen.zip                    a policy that may be used
///   gedeeld/algemeen.zip          another, one folder down
///   gedeeld/terug.zip             gebruik "../binnen.zip": a ../ that stays inside
///   binnen-link.zip -> gedeeld/algemeen.zip     a link that stays inside
///   naar-buiten.zip -> ../geheim.zip            a link out of the folder
///   buiten-map -> ..                            a folder link out of the folder
///   lus -> .                                    a folder link loop
///   pijp.zip                                    a named pipe (FIFO): opening it blocks until a writer comes
/// </code>
/// Links and the pipe exist only where the system has them (Linux and macOS, where CI runs).
/// </summary>
public sealed class HostileFolder : IDisposable
{
    /// <summary>Must never appear in any diagnostic: it would mean a file outside the policy folder was read.</summary>
    public const string Secret = "GEHEIMPJE_BUITEN_DE_MAP";

    private readonly TemporaryFolder folder = new();

    public HostileFolder()
    {
        folder.Write("geheim.zip", $"{Secret} wachtwoord hunter2\n");
        Root = Path.Combine(folder.Path, "beleid");
        folder.Write("beleid/binnen.zip", "keuze Binnen { A, B }\n");
        folder.Write("beleid/gedeeld/algemeen.zip", "keuze Algemeen { C, D }\n");
        folder.Write("beleid/gedeeld/terug.zip", "gebruik \"../binnen.zip\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.CreateSymbolicLink(Path.Combine(Root, "binnen-link.zip"), "gedeeld/algemeen.zip");
            File.CreateSymbolicLink(Path.Combine(Root, "naar-buiten.zip"), "../geheim.zip");
            Directory.CreateSymbolicLink(Path.Combine(Root, "buiten-map"), "..");
            Directory.CreateSymbolicLink(Path.Combine(Root, "lus"), ".");
            var (exitCode, _, error) = ChildProcess.Run("mkfifo", [Path.Combine(Root, "pijp.zip")], Root);
            if (exitCode != 0)
            {
                throw new InvalidOperationException("mkfifo failed: " + error);
            }
        }
    }

    /// <summary>The policy folder.</summary>
    public string Root { get; }

    /// <summary>The folder that holds the policy folder and the secret.</summary>
    public string Outside => folder.Path;

    /// <summary>Writes a policy into the policy folder; its full path.</summary>
    public string Write(string relativePath, string content) => folder.Write(Path.Combine("beleid", relativePath), content);

    public void Dispose() => folder.Dispose();
}
