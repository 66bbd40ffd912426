namespace Zorginkoop.Dsl.Hosting;

/// <summary>How a checked policy is evaluated. Both engines decide every input identically; they differ in start-up and speed.</summary>
public enum Engine
{
    /// <summary>Generated C#, compiled by Roslyn (or loaded from the assembly cache): what production uses.</summary>
    Compiled,

    /// <summary>The reference interpreter over the checked model: no Roslyn, fastest to start.</summary>
    Interpreter,

    /// <summary>
    /// The compiled engine when the policy's assembly is already compiled (in this process or in the assembly cache),
    /// otherwise the interpreter: a single evaluation or a short scenario run answers at once. A host that is about to
    /// evaluate many records (a batch) asks for <see cref="Compiled"/> instead.
    /// </summary>
    Auto,
}
