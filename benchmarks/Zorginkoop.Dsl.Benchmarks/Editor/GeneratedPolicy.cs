using System.Text;

namespace Zorginkoop.Dsl.Benchmarks.Editor;

/// <summary>
/// A large, valid policy for the editor benchmark: one gegevens record with many fields and enough eisen sets to
/// reach the asked number of lines. <see cref="EditLine"/> holds a requirement whose field name the benchmark
/// misspells and fixes in turn.
/// </summary>
public sealed class GeneratedPolicy
{
    private const int Fields = 200;
    private const int RequirementsPerSet = 20;

    private GeneratedPolicy(string text, int editLine, int editColumn, string fieldName)
    {
        Text = text;
        EditLine = editLine;
        EditColumn = editColumn;
        FieldName = fieldName;
    }

    public string Text { get; }

    /// <summary>0-based line and column of a field name (<see cref="FieldName"/>) in a requirement in the middle of the file.</summary>
    public int EditLine { get; }

    public int EditColumn { get; }

    public string FieldName { get; }

    public int LineCount => Text.Count(c => c == '\n');

    public static GeneratedPolicy Create(int lines)
    {
        var text = new StringBuilder();
        text.Append("beleid \"Gegenereerd beleid voor de editorbenchmark\" {\n    verzekeraar: \"Benchmark\"\n    looptijd: 2026 t/m 2027\n}\n\n");
        text.Append("keuze Soort { Huisartsenpraktijk, RHO, GLI-aanbieder }\n\n");
        text.Append("gegevens Zorgaanbieder als aanbieder {\n    soort: Soort\n");
        for (var field = 1; field <= Fields; field++)
        {
            text.Append($"    veld{field}: {(field % 2 == 0 ? "aantal" : "ja/nee")}    \"Veld {field}\"\n");
        }

        text.Append("}\n");
        var line = text.ToString().Count(c => c == '\n');
        var editTarget = lines / 2;
        (int Line, int Column, string Name) edit = default;
        for (var set = 1; line < lines - (2 * RequirementsPerSet) - 3; set++)
        {
            text.Append($"\neisen Set{set} \"Minimumeisen set {set}\" geldt voor aanbieder.soort = Huisartsenpraktijk {{\n");
            line += 2;
            for (var requirement = 1; requirement <= RequirementsPerSet; requirement++)
            {
                var field = ((set * RequirementsPerSet) + requirement) % Fields + 1;
                var condition = field % 2 == 0 ? $"aanbieder.veld{field} >= 10" : $"aanbieder.veld{field}";
                text.Append($"    eis eis{requirement} \"De zorgaanbieder voldoet aan eis {requirement} van set {set}.\"\n        {condition}\n");
                if (edit == default && line + 1 >= editTarget)
                {
                    edit = (line + 1, "        aanbieder.".Length, $"veld{field}");
                }

                line += 2;
            }

            text.Append("}\n");
            line++;
        }

        return new GeneratedPolicy(text.ToString(), edit.Line, edit.Column, edit.Name ?? throw new InvalidOperationException("Policy too small to edit."));
    }
}
