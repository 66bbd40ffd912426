using System.Diagnostics;
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

    /// <summary>Runs zorginkoop as user 'nobody' through setpriv, so that file permissions bind even when the tests run as root.</summary>
    public static (int ExitCode, string Output, string Error) RunAsNobody(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("setpriv")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=/tmp", "DOTNET_CLI_HOME=/tmp", "DOTNET_NOLOGO=1", "dotnet", Path.Combine(AppContext.BaseDirectory, "zorginkoop.dll") }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("zorginkoop " + string.Join(' ', args) + " did not finish");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static bool CanRunAsNobody => File.Exists("/usr/bin/setpriv") && Environment.UserName == "root";
}

/// <summary>A temporary folder, removed afterwards (permissions restored first, so an unreadable file does not stay behind).</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "zorginkoop-betrouwbaar-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
        // 'nobody' must be able to enter the folder; what it may read inside is up to each test.
        UnixModes.Set(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string WriteBytes(string relativePath, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(Path, "*", SearchOption.AllDirectories))
            {
                UnixModes.Set(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless; a failing cleanup must not fail the test.
        }
    }
}

/// <summary>File modes where there are any: the tests that need them run on Linux, where CI runs.</summary>
internal static class UnixModes
{
    public static void Set(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }
}
