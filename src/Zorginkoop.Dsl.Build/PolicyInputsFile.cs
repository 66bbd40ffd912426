namespace Zorginkoop.Dsl.Build;

/// <summary>
/// What a policy assembly was built from, stored beside it: a first line naming the compiler
/// (<c># compiler &lt;path&gt; &lt;timestamp&gt;</c>), then the entry file and every file it imports, as full paths,
/// one per line. Imports are only known after parsing, so the next build reads them from here to decide, before
/// compiling anything, whether the assembly is still up to date.
/// </summary>
internal sealed record PolicyInputsFile(string? Compiler, IReadOnlyList<string> Inputs)
{
    private const string CompilerPrefix = "# compiler ";

    /// <summary>
    /// This compiler: the task assembly's path and write time. A new package version lives in a new folder, so it
    /// differs even when NuGet extracted the new assembly with an older timestamp than the assemblies it built.
    /// </summary>
    public static string CurrentCompiler { get; } = Identify(typeof(PolicyInputsFile).Assembly.Location);

    public static PolicyInputsFile Read(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return new PolicyInputsFile(null, []);
            }

            var lines = File.ReadAllLines(path).Where(line => line.Length > 0).ToList();
            var compiler = lines.FirstOrDefault(l => l.StartsWith(CompilerPrefix, StringComparison.Ordinal))?[CompilerPrefix.Length..];
            return new PolicyInputsFile(compiler, [.. lines.Where(l => !l.StartsWith('#'))]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable record only costs a recompile: the assembly is then treated as out of date.
            return new PolicyInputsFile(null, []);
        }
    }

    public static void Write(string path, IEnumerable<string> inputs)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, [CompilerPrefix + CurrentCompiler, .. inputs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>True when the record exists but names another compiler than this one.</summary>
    public bool IsFromOtherCompiler => Compiler is not null && Compiler != CurrentCompiler;

    /// <summary>
    /// True when the assembly exists, was built by this compiler, and is at least as new as every input and the
    /// compiler itself: then compiling again would give the same bytes.
    /// </summary>
    public static bool IsUpToDate(string assemblyPath, string inputsFile, string compilerPath)
    {
        if (!File.Exists(assemblyPath))
        {
            return false;
        }

        var record = Read(inputsFile);
        var built = File.GetLastWriteTimeUtc(assemblyPath);
        return record.Compiler == CurrentCompiler
            && record.Inputs.Count > 0
            && record.Inputs.Append(compilerPath).All(input => File.Exists(input) && File.GetLastWriteTimeUtc(input) <= built);
    }

    private static string Identify(string assemblyPath) =>
        File.Exists(assemblyPath) ? $"{assemblyPath} {File.GetLastWriteTimeUtc(assemblyPath):O}" : assemblyPath;
}
