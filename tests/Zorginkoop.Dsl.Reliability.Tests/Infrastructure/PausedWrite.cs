using System.Diagnostics;
using Zorginkoop.Dsl.Semantics.FileSystem;
using Zorginkoop.Dsl.Tests.Shared;

namespace Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

/// <summary>
/// The real executable, told by the test hook (<see cref="AtomicFile.PauseBeforeRenameVariable"/>) to wait before
/// each rename, long enough to be killed or terminated there; and a wait until the write is half-way. Shared by the
/// durability tests and the attack replay.
/// </summary>
internal static class PausedWrite
{
    public static Process Start(string workingDirectory, int pauseMilliseconds, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ChildProcess.ZorginkoopDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[AtomicFile.PauseBeforeRenameVariable] = pauseMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static void WaitUntil(Process process, Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.False(process.HasExited, "zorginkoop eindigde voordat het schrijven halverwege was");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "zorginkoop kwam niet halverwege het schrijven");
            Thread.Sleep(20);
        }
    }
}
