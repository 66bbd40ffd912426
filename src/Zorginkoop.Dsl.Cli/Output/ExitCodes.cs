namespace Zorginkoop.Dsl.Cli.Output;

/// <summary>Exit codes, the same for every command, so scripts and build servers can rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The policy has errors, a check failed, or a scenario did not hold.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>A bug in the tool; the message says so.</summary>
    public const int InternalError = 3;
}
