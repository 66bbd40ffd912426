namespace Zorginkoop.Dsl.Hosting;

/// <summary>How a checked policy is evaluated. Both engines decide every input identically; they differ in start-up and speed.</summary>
public enum Engine
{
    /// <summary>Generated C#, compiled by Roslyn in memory: what production uses.</summary>
    Compiled,

    /// <summary>The reference interpreter over the checked model: no Roslyn, fastest to start.</summary>
    Interpreter,
}
