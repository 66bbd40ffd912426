using Zorginkoop.Dsl.Hosting;

namespace Zorginkoop.Dsl.Cli.Inputs;

/// <summary>The engines as the command line names them, in <c>--engine</c> and in machine-readable output such as <c>--stats</c>.</summary>
internal static class EngineNames
{
    public const string Compiled = "compiled";
    public const string Interpreter = "interpreter";
    public const string Auto = "auto";

    public static string Of(Engine engine) => engine switch
    {
        Engine.Interpreter => Interpreter,
        Engine.Auto => Auto,
        _ => Compiled,
    };
}
