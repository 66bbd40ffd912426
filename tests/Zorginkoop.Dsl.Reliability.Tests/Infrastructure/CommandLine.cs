using Zorginkoop.Dsl.Cli;

namespace Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

/// <summary>The command line in-process, or as a real process (optionally as another user, to meet a file it may not read).</summary>
internal static class CommandLine
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the real zorginkoop executable as a process: what a crash (a stack overflow, a kill) looks like to its user.</summary>
    public static (int ExitCode, string Output, string Error) RunProcess(string workingDirectory, params string[] args) =>
        ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, .. args], workingDirectory);

    /// <summary>Runs zorginkoop as user 'nobody' through setpriv, so that file permissions bind even when the tests run as root.</summary>
    public static (int ExitCode, string Output, string Error) RunAsNobody(string workingDirectory, params string[] args) =>
        ChildProcess.Run(
            "setpriv",
            ["--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=/tmp", "DOTNET_CLI_HOME=/tmp", "DOTNET_NOLOGO=1", "dotnet", ChildProcess.ZorginkoopDll, .. args],
            workingDirectory);

    public static bool CanRunAsNobody => File.Exists("/usr/bin/setpriv") && Environment.UserName == "root";

    /// <summary>
    /// Runs the command line where <paramref name="unreadable"/> (chmod 000) really cannot be read: in-process when
    /// this user cannot read it, else as 'nobody' (chmod 000 does not stop root, and CI runs as root). Null when
    /// neither is possible (root without setpriv): the case cannot be made there.
    /// </summary>
    public static (int ExitCode, string Output, string Error)? RunWithUnreadable(string unreadable, string workingDirectory, string[] args)
    {
        if (!CanRead(unreadable))
        {
            return Run(args);
        }

        return CanRunAsNobody ? RunAsNobody(workingDirectory, args) : null;
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
