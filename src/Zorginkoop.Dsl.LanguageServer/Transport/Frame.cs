namespace Zorginkoop.Dsl.LanguageServer.Transport;

/// <summary>What one read from the wire gives: a message body, a message that could be delimited but not framed right, or the end.</summary>
internal abstract record Frame
{
    /// <summary>A correctly framed body (not yet known to be JSON-RPC).</summary>
    public sealed record Message(byte[] Body) : Frame;

    /// <summary>A frame that breaks the base protocol; <paramref name="Body"/> is the JSON recovered after it, if any, to answer its id.</summary>
    public sealed record Malformed(string Reason, byte[]? Body) : Frame;

    /// <summary>The input ended: cleanly between messages (no reason), or in a way that leaves nothing to read (with the reason).</summary>
    public sealed record End(string? Reason) : Frame;
}
