using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>
/// The help frame in Dutch. System.CommandLine 2.0 takes no translations any more (its <c>LocalizationResources</c>,
/// help builder and help context became internal, and it ships no Dutch), so "Usage:", "Options:", "(REQUIRED)" and
/// "[default: …]" would stay English around our Dutch descriptions. The help option's action is replaced by this
/// one, which writes the same sections from the command tree: description, usage, arguments, options, commands.
/// </summary>
public sealed class DutchHelp : SynchronousCommandLineAction
{
    private const int Indent = 2;
    private const int Gap = 2;

    public static void Apply(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = "Toon help en gebruiksinformatie.";
                    help.Action = new DutchHelp();
                    break;
                case VersionOption version:
                    version.Description = "Toon het versienummer.";
                    break;
            }
        }
    }

    /// <summary>As the library's own help: <c>evaluate --help</c> is not an error for lacking <c>--facts</c>.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var command = parseResult.CommandResult.Command;
        var sections = new List<string?>
        {
            string.IsNullOrWhiteSpace(command.Description) ? null : $"Beschrijving:\n  {command.Description}",
            $"Gebruik:\n  {Usage(command)}",
            Section("Argumenten:", command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.HelpName ?? a.Name}>", WithDefault(a.Description, a.HasDefaultValue ? a.GetDefaultValue() : null)))),
            Section("Opties:", VisibleOptions(command).Select(o => (Label(o) + (o.Required ? " (VERPLICHT)" : string.Empty), WithDefault(o.Description, o.HasDefaultValue && o.ValueType != typeof(bool) ? o.GetDefaultValue() : null)))),
            Section("Opdrachten:", command.Subcommands.Where(c => !c.Hidden).Select(c => (string.Join(' ', [c.Name, .. c.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.HelpName ?? a.Name}>")]), c.Description ?? string.Empty))),
            Examples(command is RootCommand ? "zorginkoop" : command.Name),
        };
        output.Write(string.Join("\n\n", sections.Where(s => s is not null)).Replace("\n", output.NewLine, StringComparison.Ordinal));
        output.WriteLine();
        output.WriteLine();
        return 0;
    }

    /// <summary>Each example as a shell comment above its command line, so the block can be copied into a shell as it is.</summary>
    private static string? Examples(string commandName)
    {
        var examples = HelpExamples.For(commandName);
        return examples.Count == 0
            ? null
            : "Voorbeelden:\n" + string.Join("\n\n", examples.Select(e => $"{new string(' ', Indent)}# {e.Explanation}\n{new string(' ', Indent)}{e.CommandLine}"));
    }

    private static string Usage(Command command)
    {
        var words = new List<string>();
        for (Command? at = command; at is not null; at = at.Parents.OfType<Command>().FirstOrDefault())
        {
            words.Insert(0, at.Name);
        }

        words.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.HelpName ?? a.Name}>"));
        if (command.Subcommands.Any(c => !c.Hidden))
        {
            words.Add("[opdracht]");
        }

        if (VisibleOptions(command).Any())
        {
            words.Add("[opties]");
        }

        return string.Join(' ', words);
    }

    /// <summary>"-?, -h, --help" or "--format &lt;csv|json|jsonl|text&gt;": aliases shortest first, then the value it takes.</summary>
    private static string Label(Option option)
    {
        var names = string.Join(", ", option.Aliases.Append(option.Name).Where(n => n.StartsWith('-')).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
        if (option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0)
        {
            return names;
        }

        var choices = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        var value = option.HelpName ?? (choices.Count is > 0 and <= 12 ? string.Join('|', choices) : option.Name.TrimStart('-'));
        return $"{names} <{value}>";
    }

    private static string? Section(string title, IEnumerable<(string Label, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var width = list.Max(r => r.Label.Length);
        return title + "\n" + string.Join("\n", list.Select(r => (new string(' ', Indent) + r.Label.PadRight(width + Gap) + r.Description).TrimEnd()));
    }

    /// <summary>The command's own options, then those its ancestors share with it (help).</summary>
    private static IEnumerable<Option> VisibleOptions(Command command)
    {
        var options = command.Options.Where(o => !o.Hidden).ToList();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            options.AddRange(parent.Options.Where(o => o.Recursive && !o.Hidden));
        }

        return options.Distinct();
    }

    private static string WithDefault(string? description, object? defaultValue)
    {
        var shown = defaultValue switch
        {
            null => null,
            string text when text.Length == 0 => null,
            // Enum values as the user types them (--engine auto), not as C# names them (Auto).
            Enum value => value.ToString().ToLowerInvariant(),
            System.Collections.IEnumerable values and not string => string.Join(", ", values.Cast<object>()) is { Length: > 0 } joined ? joined : null,
            _ => defaultValue.ToString(),
        };
        return shown is null ? description ?? string.Empty : $"{description} [standaard: {shown}]";
    }
}
