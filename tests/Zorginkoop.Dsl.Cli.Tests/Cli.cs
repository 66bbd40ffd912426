namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>Runs the command line in-process (fast, most tests) or as the real executable (exit codes, working directory).</summary>
internal static class Cli
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static (int ExitCode, string Output, string Error) RunProcess(string workingDirectory, params string[] args) =>
        ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, .. args], workingDirectory);

    /// <summary>The real executable with <paramref name="standardInput"/> piped to it (for <c>-</c> as a path).</summary>
    public static (int ExitCode, string Output, string Error) RunProcessWithInput(string workingDirectory, byte[] standardInput, params string[] args) =>
        ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, .. args], workingDirectory, standardInput: standardInput);

    /// <summary>A temporary folder with a copy of policies/, removed afterwards.</summary>
    public static TemporaryFolder CopyOfPolicies()
    {
        var folder = new TemporaryFolder();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("policies"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(RepositoryPaths.Combine("policies"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }
}
