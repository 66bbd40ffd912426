namespace Zorginkoop.Dsl.Reliability.Tests.Fuzzing;

/// <summary>
/// One fuzzed policy text, with what made it (for the failure message) and the path it pretends to live at:
/// a mutated repository file keeps its own path, so its imports still find their real siblings.
/// </summary>
internal sealed record FuzzInput(string Label, string Path, string Text)
{
    public override string ToString() => $"{Label} ({Text.Length} tekens)";
}
