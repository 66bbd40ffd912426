using System.Text.Json.Nodes;

namespace Zorginkoop.Dsl.Hosting.Output;

/// <summary>
/// The version of each JSON document the command line writes: its first member, <c>"schemaVersion"</c>, and the
/// JSON Schema that describes it, <c>docs/schemas/&lt;name&gt;.schema.json</c> (docs/cli.md, "Machine formats").
/// A new member keeps the version (a reader ignores what it does not know); renaming or removing a member, or
/// changing what a value means, raises it. Each schema pins its version with <c>const</c>, and the CLI tests validate
/// real output against it, so the two cannot drift apart unnoticed.
/// </summary>
public static class SchemaVersions
{
    public const string Member = "schemaVersion";

    /// <summary><c>check --format json</c>: <c>docs/schemas/check.schema.json</c>.</summary>
    public const int Check = 1;

    /// <summary><c>evaluate --format json</c>: <c>docs/schemas/evaluate.schema.json</c>.</summary>
    public const int Evaluation = 1;

    /// <summary><c>addendum --format json</c>: <c>docs/schemas/addendum.schema.json</c>.</summary>
    public const int Addendum = 1;

    /// <summary><c>timeline --format json</c>: <c>docs/schemas/timeline.schema.json</c>.</summary>
    public const int Timeline = 1;

    /// <summary><c>diff --format json</c>: <c>docs/schemas/diff.schema.json</c>.</summary>
    public const int Diff = 1;

    /// <summary>Each line of a JSONL batch result: <c>docs/schemas/batch-record.schema.json</c>.</summary>
    public const int BatchRecord = 1;

    /// <summary><paramref name="document"/> with <c>"schemaVersion": version</c> as its first member.</summary>
    public static JsonObject Versioned(this JsonObject document, int version)
    {
        document.Insert(0, Member, version);
        return document;
    }
}
