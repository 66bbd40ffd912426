using Zorginkoop.Dsl.LanguageServer.Protocol;
using Range = Zorginkoop.Dsl.LanguageServer.Protocol.Range;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

/// <summary>A copy of policies/ in a temporary folder, so tests may edit and rename freely; removed afterwards.</summary>
internal sealed class PolicyCopy : IDisposable
{
    public PolicyCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "zorginkoop-lsp-" + Guid.NewGuid().ToString("N")[..12]);
        var source = RepositoryPaths.Combine("policies");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string Huisartsenzorg => Path.Combine(Root, "vgz", "huisartsenzorg-2026-2027.zip");

    public string AlgemeneMinimumeisen => Path.Combine(Root, "vgz", "algemene-minimumeisen.zip");

    public string MedischSpecialistisch2027 => Path.Combine(Root, "vgz", "medisch-specialistische-zorg-2027.zip");

    public static string UriOf(string path) => new System.Uri(path).AbsoluteUri;

    /// <summary>The position of the <paramref name="occurrence"/>-th match of <paramref name="text"/> on the first line containing <paramref name="lineContaining"/>.</summary>
    public static Position Find(string fileText, string lineContaining, string text, int offsetInText = 0)
    {
        var lines = fileText.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(lineContaining, StringComparison.Ordinal));
        Assert.True(line >= 0, $"no line containing '{lineContaining}'");
        var character = lines[line].IndexOf(text, StringComparison.Ordinal);
        Assert.True(character >= 0, $"'{text}' not on line '{lines[line]}'");
        return new Position(line, character + offsetInText);
    }

    public static Range RangeOf(string fileText, string lineContaining, string text)
    {
        var start = Find(fileText, lineContaining, text);
        return new Range(start, new Position(start.Line, start.Character + text.Length));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
