using Zorginkoop.Dsl.Syntax.Text;
using System.Text;

namespace Zorginkoop.Dsl.Cli.Output;

/// <summary>
/// A text writer for output meant for a terminal: every string written is passed through
/// <see cref="TerminalText.Escape"/>, so that an escape sequence, a carriage return or a line break inside a
/// requirement's sentence, a scenario title or a fact value is shown as <c>\u001B</c> instead of being obeyed by the
/// terminal. Line ends come only from <c>WriteLine</c>, the writer's own layout. For text output only: JSON and CSV
/// writers escape in their own format.
/// </summary>
public sealed class TerminalSafeWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // the base accepts null and means the default
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    /// <summary>The writer itself when it is already safe, so that wrapping twice escapes once.</summary>
    public static TextWriter Over(TextWriter output) => output as TerminalSafeWriter ?? new TerminalSafeWriter(output);

    public override void Write(char value) => inner.Write(TerminalText.Escape(value.ToString()));

    public override void Write(string? value) => inner.Write(value is null ? null : TerminalText.Escape(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : TerminalText.Escape(value));

    public override void Flush() => inner.Flush();
}
