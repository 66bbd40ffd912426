using System.Diagnostics;
using System.Text;

namespace Zorginkoop.Dsl.Tests.Shared;

/// <summary>Runs a program to its end with its output captured as UTF-8, killing it (and failing) after a time limit.</summary>
public static class ChildProcess
{
    public static (int ExitCode, string Output, string Error) Run(
        string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan? limit = null, IReadOnlyDictionary<string, string>? environment = null, byte[]? standardInput = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        // Both streams are read at once: a child that fills one pipe while we wait on the other would hang.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            // Written while both outputs are being read, then closed, so the child sees the end of its input.
            process.StandardInput.BaseStream.Write(standardInput);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(limit ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The zorginkoop executable built next to the test assembly.</summary>
    public static string ZorginkoopDll => Path.Combine(AppContext.BaseDirectory, "zorginkoop.dll");
}
