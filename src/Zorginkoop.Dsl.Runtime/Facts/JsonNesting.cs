using System.Text;
using System.Text.Json;

namespace Zorginkoop.Dsl.Runtime.Facts;

/// <summary>
/// Tells JSON that is too deep from JSON that is broken, so a facts file nested past the reader's limit is not
/// called "geen geldige JSON". The token reader keeps its depth in a bit stack, not on the call stack, so any depth
/// is safe to scan.
/// </summary>
internal static class JsonNesting
{
    public static bool IsTooDeep(string json, int maxDepth)
    {
        var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = int.MaxValue };
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), options);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= maxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // Broken before it got too deep.
        }

        return false;
    }
}
