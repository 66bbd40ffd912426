namespace Zorginkoop.Dsl.Architecture.Tests;

/// <summary>
/// Holds the directions of docs/architecture.md: phases use the model and earlier layers, never each other both
/// ways, and the back ends never reach around the model into another back end.
/// </summary>
public sealed class PhaseDirectionTests
{
    /// <summary>
    /// Folders that together form one model and may refer to each other: a symbol has a type and a type names its
    /// symbol; a record is a value and a value prints as explanations print it.
    /// </summary>
    private static readonly string[][] ModelGroups =
    [
        ["Semantics/Symbols", "Semantics/Bound", "Semantics/Types", "Semantics/Timelines", "Semantics/Model"],
        ["Runtime/Values", "Runtime/Facts"],
    ];

    /// <summary>The phases of the pipeline; the Semantics model (first group) uses none of them.</summary>
    private static readonly string[] SemanticsPhases =
    [
        "Semantics/Compilation", "Semantics/Amendments", "Semantics/Binding", "Semantics/Lowering",
        "Semantics/Interpretation", "Semantics/Scenarios", "Semantics/Versions",
    ];

    /// <summary>Uses the redesign removed and that must not come back, each with why.</summary>
    public static TheoryData<string, string, string> ForbiddenUses => new()
    {
        { "Semantics/Binding", "Semantics/Amendments", "the binder reads the amendment analysis' product (Model), it never calls the amendment engine" },
        { "Semantics/Binding", "Semantics/Interpretation", "constants are folded by the binding layer's ConstantEvaluator, not by running the interpreter" },
        { "Semantics/Lowering", "Semantics/Binding", "the lowered model is made from bound nodes and symbols only" },
        { "Semantics/Amendments", "Semantics/Interpretation", "the amendment engine works on syntax; evaluating versions is the interpreter's" },
        { "Emit/Generation", "Semantics/Interpretation", "generated code calls the runtime, never the interpreter" },
        { "Emit/Versions", "Semantics/Interpretation", "generated code calls the runtime, never the interpreter" },
        { "Emit/Compilation", "Semantics/Interpretation", "generated code calls the runtime, never the interpreter" },
        { "Emit", "Semantics/Interpretation", "generated code calls the runtime, never the interpreter" },
        { "Emit/Generation", "Semantics/Binding", "the generator reads the lowered model, not the binder" },
        { "Semantics/Interpretation", "Semantics/Binding", "the interpreter reads the lowered model, not the binder" },
        { "Publishing/Document", "Publishing/Composition", "the published document is data: Composition makes it from the checked policy" },
        { "Publishing/Rendering", "Publishing/Composition", "renderers write the document they are given; only Composition reads the policy" },
        { "Publishing/Rendering", "Semantics/Compilation", "renderers write the document they are given; they never compile a policy" },
        { "Publishing/Composition", "Semantics/Interpretation", "the document says what the policy says, not what it decides for a provider" },
    };

    [Fact]
    public void Every_namespace_names_its_folder()
    {
        var source = Path.Combine(RepositoryPaths.Root, "src");
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part is "obj" or "bin"))
            {
                continue;
            }

            var declared = File.ReadLines(file).FirstOrDefault(l => l.StartsWith("namespace ", StringComparison.Ordinal));
            if (declared is null)
            {
                continue; // top-level statements (Program.cs)
            }

            var expected = "namespace " + Path.GetDirectoryName(relative)!.Replace('/', '.') + ";";
            if (declared.Trim() != expected)
            {
                wrong.Add($"{relative}: '{declared.Trim()}', expected '{expected}'");
            }
        }

        // The scan maps types to folders by namespace; a file whose namespace is elsewhere would hide its uses.
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void No_folders_depend_on_each_other_in_a_cycle()
    {
        var edges = FolderDependencyScanner.Uses
            .Select(u => (From: GroupOf(u.User), To: GroupOf(u.Used), Use: u))
            .Where(e => e.From != e.To)
            .ToList();
        var graph = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Distinct().ToList());
        var cycle = FindCycle(graph);
        var message = cycle is null
            ? ""
            : "Folders that use each other in a cycle:\n" + string.Join('\n', cycle.Zip(cycle.Skip(1)).Select(pair =>
                $"  {pair.First} -> {pair.Second}: e.g. {edges.First(e => e.From == pair.First && e.To == pair.Second).Use.Example}"));
        Assert.True(cycle is null, message);
    }

    [Fact]
    public void The_model_uses_no_phase_of_the_pipeline()
    {
        var model = ModelGroups[0];
        var uses = FolderDependencyScanner.Uses
            .Where(u => model.Contains(u.User.ToString()) && SemanticsPhases.Contains(u.Used.ToString()))
            .Select(u => $"{u.User} -> {u.Used}: e.g. {u.Example}")
            .ToList();
        Assert.True(uses.Count == 0, "The model must stay data that any phase or back end can read:\n" + string.Join('\n', uses));
    }

    [Theory]
    [MemberData(nameof(ForbiddenUses))]
    public void A_removed_use_does_not_come_back(string user, string used, string why)
    {
        var use = FolderDependencyScanner.Uses.FirstOrDefault(u => u.User.ToString() == user && u.Used.ToString() == used);
        Assert.True(use is null, $"{user} uses {used} ({use?.Example}); {why}.");
    }

    private static string GroupOf(SourceFolder folder)
    {
        var name = folder.ToString();
        return ModelGroups.FirstOrDefault(g => g.Contains(name)) is { } group ? group[0] + " (model)" : name;
    }

    /// <summary>A cycle as a path that starts and ends at the same folder, or null when the graph is acyclic.</summary>
    private static List<string>? FindCycle(Dictionary<string, List<string>> graph)
    {
        var state = new Dictionary<string, int>(); // 1 = on the path, 2 = done
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []))
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path.SkipWhile(n => n != next), next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        foreach (var node in graph.Keys.Order())
        {
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }
}
