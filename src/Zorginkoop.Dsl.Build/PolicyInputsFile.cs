namespace Zorginkoop.Dsl.Build;

/// <summary>
/// The files a policy assembly was built from (its entry file and every file it imports, as full paths, one per
/// line), stored beside the assembly. Imports are only known after parsing, so the next build reads them from here
/// to decide, before compiling anything, whether the assembly is still up to date.
/// </summary>
internal static class PolicyInputsFile
{
    public static IReadOnlyList<string> Read(string path)
    {
        try
        {
            return File.Exists(path) ? [.. File.ReadAllLines(path).Where(line => line.Length > 0)] : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable record only costs a recompile: the assembly is then treated as out of date.
            return [];
        }
    }

    public static void Write(string path, IEnumerable<string> inputs)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, inputs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// True when the assembly exists and is at least as new as the inputs file, every input and the compiler itself:
    /// then compiling again would give the same bytes.
    /// </summary>
    public static bool IsUpToDate(string assemblyPath, string inputsFile, string compilerPath)
    {
        if (!File.Exists(assemblyPath) || !File.Exists(inputsFile))
        {
            return false;
        }

        var built = File.GetLastWriteTimeUtc(assemblyPath);
        var inputs = Read(inputsFile);
        return inputs.Count > 0
            && inputs.Append(compilerPath).All(input => File.Exists(input) && File.GetLastWriteTimeUtc(input) <= built);
    }
}
