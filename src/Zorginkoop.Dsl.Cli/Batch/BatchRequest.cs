using Zorginkoop.Dsl.Hosting;

namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>A batch run as the command line asked for it.</summary>
internal sealed record BatchRequest(
    string PolicyPath,
    string FactsPath,
    string? OutputPath,
    string OutputFormat,
    IReadOnlyList<string> SetNames,
    DateOnly? On,
    Engine Engine,
    bool Explain = false,
    bool Stats = false,
    int? Workers = null,
    string? Root = null)
{
    public const string Jsonl = "jsonl";
    public const string Csv = "csv";

    /// <summary>A facts file in a batch format: one record per line (.jsonl, .ndjson) or per row (.csv).</summary>
    public static bool IsBatchFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson" or ".csv";

    public static bool IsBatchFormat(string? format) => format is Jsonl or Csv;

    /// <summary>CSV when the file says so; every other facts file in a batch is read as JSONL.</summary>
    public string InputFormat => Path.GetExtension(FactsPath).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? Csv : Jsonl;

    /// <summary>The output format when --format does not say: from --output's extension, else the input's.</summary>
    public static string DefaultOutputFormat(string factsPath, string? outputPath)
    {
        var from = outputPath ?? factsPath;
        return Path.GetExtension(from).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? Csv : Jsonl;
    }
}
