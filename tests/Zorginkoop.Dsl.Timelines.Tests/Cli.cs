using Zorginkoop.Dsl.Cli;

namespace Zorginkoop.Dsl.Timelines.Tests;

/// <summary>Runs the command line in-process against the real policies.</summary>
internal static class Cli
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string Policy(params string[] parts) => RepositoryPaths.Combine(["policies", .. parts]);

    public static string MszPolicy => Policy("vgz", "medisch-specialistische-zorg-2027.zip");
}
