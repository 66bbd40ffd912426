namespace Zorginkoop.Dsl.Reliability.Tests.Paths;

/// <summary>
/// Paths a hostile <c>gebruik</c> might name, built from the pieces that get out of a folder: <c>..</c> chains,
/// links out of the folder and loops (see <see cref="HostileFolder"/>), absolute paths to system files and
/// <c>/proc</c>, doubled separators, drive letters — mixed with pieces that stay inside, so that both answers occur.
/// </summary>
internal static class HostilePathGenerator
{
    private static readonly string[] Pieces =
    [
        "..", "..", ".", "", "gedeeld", "buiten-map", "lus", "beleid", "naar-buiten.zip", "binnen-link.zip",
        "binnen.zip", "algemeen.zip", "terug.zip", "geheim.zip", "pijp.zip", "etc", "passwd", "proc", "self",
        "environ", "status", "fd", "0", "dev", "zero", "tty", "bestaat-niet.zip",
    ];

    private static readonly string[] Starts = ["", "", "", "", "/", "//", "C:/", "~/", "./", "../"];

    public static IEnumerable<string> Paths(long seed, int count)
    {
        var random = new Random(unchecked((int)seed));
        for (var i = 0; i < count; i++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 7)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var path = Starts[random.Next(Starts.Length)] + string.Join(random.Next(8) == 0 ? "//" : "/", parts);
            // An empty gebruik "" is a syntax matter, not a path.
            yield return path.Length == 0 ? "." : path;
        }
    }
}
