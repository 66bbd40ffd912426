using System.Text.Encodings.Web;
using System.Text.Json;

namespace Zorginkoop.Dsl.Hosting.Output;

/// <summary>The one set of options every JSON document the command line prints is written with.</summary>
public static class JsonOutput
{
    /// <summary>
    /// Deeper than any result a policy that checks can give. System.Text.Json stops at 64 levels by default, and
    /// every nested group costs two (its object and its <c>children</c>), every <c>omvat</c> level two more
    /// (<c>included</c>): 30 nested groups already failed. The language bounds both (ZI9201 allows about 65 nested
    /// groups, ZI9202 64 levels of <c>omvat</c>), which together need under 300 levels; the writer's own walk is a
    /// loop per level of a few hundred bytes of stack, so this bound is safe on any thread.
    /// </summary>
    public const int MaxDepth = 1024;

    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = MaxDepth,
    };

    /// <summary>The same, on one line: a record of a JSON Lines stream.</summary>
    public static readonly JsonSerializerOptions Compact = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = MaxDepth,
    };
}
