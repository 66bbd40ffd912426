using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>
/// System.CommandLine's parse errors as Dutch diagnostics (ZI9302–ZI9304). The library offers no translations
/// any more, so its messages are read in the invariant culture (<see cref="Parse"/>), where their wording is fixed,
/// and each known form is said again in Dutch; an unknown option gets "Bedoelde u …?" from the options and
/// commands that exist there. A form not known here still gets a Dutch sentence around the word it concerns.
/// </summary>
public static partial class ParseErrors
{
    /// <summary>Parses with the library's own (English) wording, whatever the user's language, so the forms below match.</summary>
    public static ParseResult Parse(RootCommand root, string[] args)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return root.Parse(args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    public static IReadOnlyList<Diagnostic> Describe(ParseResult parsed, string[] args)
    {
        var diagnostics = new List<Diagnostic>();
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        var unknown = parsed.UnmatchedTokens.ToList();
        if (parsed.CommandResult.Command is RootCommand root && unknown.FirstOrDefault() is { } first && !first.StartsWith('-'))
        {
            // "zorginkoop chekc policies": the mistyped command is the one mistake; the words after it belong to the
            // command meant, and "give a command" would only repeat it.
            return [DiagnosticCatalog.UnknownCommandLineWord(first, NameSuggester.Suggest(first, Candidates(root, option: false)), null)];
        }

        for (var i = 0; i < unknown.Count; i++)
        {
            var word = unknown[i];
            // "--fact x.json": the word after an unknown option is its value, not a second mistake.
            var value = word.StartsWith('-') && i + 1 < unknown.Count && !unknown[i + 1].StartsWith('-') && Follows(args, word, unknown[i + 1]) ? unknown[++i] : null;
            var suggestion = NameSuggester.Suggest(word, Candidates(parsed.CommandResult.Command, word.StartsWith('-')));
            if (suggestion is not null)
            {
                suggested.Add(suggestion);
            }

            diagnostics.Add(DiagnosticCatalog.UnknownCommandLineWord(word, suggestion, value));
        }

        foreach (var error in parsed.Errors)
        {
            if (Unrecognized().IsMatch(error.Message))
            {
                continue;
            }

            if (OptionRequired().Match(error.Message) is { Success: true } required)
            {
                var name = required.Groups[1].Value;
                if (!suggested.Contains(name))
                {
                    diagnostics.Add(DiagnosticCatalog.MissingCommandLinePart($"De optie '{name}' is verplicht{DescriptionOf(parsed, name)}."));
                }

                continue;
            }

            diagnostics.Add(Translate(error.Message, parsed));
        }

        return diagnostics;
    }

    private static Diagnostic Translate(string message, ParseResult parsed)
    {
        if (UnknownOptionAmongPaths().Match(message) is { Success: true } amongPaths)
        {
            // CommonOptions.Paths catches "check --formt json": the library would have taken it for a file.
            var word = amongPaths.Groups[1].Value;
            return DiagnosticCatalog.UnknownCommandLineWord(word, NameSuggester.Suggest(word, Candidates(parsed.CommandResult.Command, option: true)), null);
        }

        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal))
        {
            var commands = string.Join(", ", parsed.CommandResult.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
            return DiagnosticCatalog.MissingCommandLinePart($"Geef een opdracht: {commands}.");
        }

        if (ArgumentMissingForCommand().Match(message) is { Success: true } forCommand)
        {
            var command = parsed.CommandResult.Command;
            var arguments = string.Join(" ", command.Arguments.Select(a => $"<{a.HelpName ?? a.Name}>"));
            return DiagnosticCatalog.MissingCommandLinePart($"'{forCommand.Groups[1].Value}' vraagt {arguments}{(command.Arguments.FirstOrDefault()?.Description is { } what ? $": {Lower(what).TrimEnd('.')}" : string.Empty)}.");
        }

        if (ArgumentMissingForOption().Match(message) is { Success: true } forOption)
        {
            return DiagnosticCatalog.MissingCommandLinePart($"Na '{forOption.Groups[1].Value}' hoort een waarde{DescriptionOf(parsed, forOption.Groups[1].Value)}.");
        }

        if (CannotParse().Match(message) is { Success: true } cannot)
        {
            var where = cannot.Groups["option"].Success ? $" voor '{cannot.Groups["option"].Value}'" : cannot.Groups["command"].Success ? $" voor '{cannot.Groups["command"].Value}'" : string.Empty;
            return DiagnosticCatalog.BadCommandLineValue($"'{cannot.Groups[1].Value}' is geen geldige waarde{where}{Choices(parsed, cannot.Groups["option"].Value)}.");
        }

        if (NotOneOf().Match(message) is { Success: true } notOneOf)
        {
            var choices = string.Join(", ", Quoted().Matches(notOneOf.Groups[2].Value).Select(m => m.Value));
            return DiagnosticCatalog.BadCommandLineValue($"'{notOneOf.Groups[1].Value}' is geen geldige waarde; kies uit {choices}.");
        }

        if (SingleArgument().Match(message) is { Success: true } single)
        {
            return DiagnosticCatalog.BadCommandLineValue($"De optie '{single.Groups[1].Value}' neemt één waarde, maar kreeg er {single.Groups[2].Value}.");
        }

        if (NotFound().Match(message) is { Success: true } notFound)
        {
            return DiagnosticCatalog.BadCommandLineValue($"'{notFound.Groups[2].Value}' bestaat niet.");
        }

        if (NotCombined().Match(message) is { Success: true } notCombined)
        {
            return DiagnosticCatalog.BadCommandLineValue($"{notCombined.Groups[1].Value} gaat niet samen met andere argumenten.");
        }

        if (message.Contains(" does not have a default value", StringComparison.Ordinal) || message.StartsWith("Character not allowed in a ", StringComparison.Ordinal)
            || message.StartsWith("Error reading response file", StringComparison.Ordinal))
        {
            var word = Quoted().Match(message);
            return DiagnosticCatalog.BadCommandLineValue($"De opdrachtregel klopt niet{(word.Success ? $" bij {word.Value}" : string.Empty)}; zie 'zorginkoop {parsed.CommandResult.Command.Name} --help'.");
        }

        // Every form of the library is handled above (the templates of its resources); the rest are the Dutch
        // messages of our own value parsers (CommonOptions), which say what to write.
        return DiagnosticCatalog.BadCommandLineValue(message);
    }

    private static IEnumerable<string> Candidates(Command command, bool option)
    {
        if (!option)
        {
            return command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
        }

        var options = command.Options.AsEnumerable();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            options = options.Concat(parent.Options.Where(o => o.Recursive));
        }

        return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct();
    }

    private static Option? OptionNamed(ParseResult parsed, string name) =>
        parsed.CommandResult.Command.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));

    private static string DescriptionOf(ParseResult parsed, string option) =>
        OptionNamed(parsed, option)?.Description is { Length: > 0 } description ? $": {Lower(description).TrimEnd('.')}" : string.Empty;

    private static string Choices(ParseResult parsed, string option)
    {
        if (OptionNamed(parsed, option) is not { } found)
        {
            return string.Empty;
        }

        var values = found.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).Select(c => c.Label).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return values.Count is > 0 and <= 12 ? $"; kies uit {string.Join(", ", values.Select(v => $"'{v}'"))}" : string.Empty;
    }

    private static bool Follows(string[] args, string first, string second)
    {
        var at = Array.IndexOf(args, first);
        return at >= 0 && at + 1 < args.Length && args[at + 1] == second;
    }

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>The message of <see cref="CommonOptions.Paths"/> for a word that looks like an option.</summary>
    [GeneratedRegex(@"^Onbekende optie '([^']*)'\.$")]
    private static partial Regex UnknownOptionAmongPaths();

    [GeneratedRegex(@"^Unrecognized command or argument '")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Option '([^']*)' is required\.")]
    private static partial Regex OptionRequired();

    [GeneratedRegex(@"^Required argument missing for command: '([^']*)'")]
    private static partial Regex ArgumentMissingForCommand();

    [GeneratedRegex(@"^Required argument missing for option: '([^']*)'")]
    private static partial Regex ArgumentMissingForOption();

    [GeneratedRegex(@"^Cannot parse argument '([^']*)'(?: for option '(?<option>[^']*)'| for command '(?<command>[^']*)')? as expected type")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Argument '([^']*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"^Option '([^']*)' expects a single argument but (\d+) were provided")]
    private static partial Regex SingleArgument();

    [GeneratedRegex(@"^(File|Directory|File or directory|Response file) (?:does not exist|not found):? '([^']*)'")]
    private static partial Regex NotFound();

    [GeneratedRegex(@"^(.*) option cannot be combined with other arguments")]
    private static partial Regex NotCombined();

    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex Quoted();
}
