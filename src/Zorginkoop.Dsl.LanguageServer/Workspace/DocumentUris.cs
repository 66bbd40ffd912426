namespace Zorginkoop.Dsl.LanguageServer.Workspace;

/// <summary>
/// Maps document URIs to the full paths the compiler uses, and back. Documents that are not files (an unsaved
/// "untitled:" buffer) get a made-up path in the current folder, so their imports resolve from there.
/// </summary>
public static class DocumentUris
{
    public static StringComparer PathComparer { get; } = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            return Path.GetFullPath(parsed.LocalPath);
        }

        var name = new string([.. uri.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        return Path.Combine(Environment.CurrentDirectory, name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? name : name + ".zip");
    }

    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
