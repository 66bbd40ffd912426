using System.Text.RegularExpressions;
using Zorginkoop.Dsl.LanguageServer.Features;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.CodeActions;

/// <summary>
/// <c>textDocument/codeAction</c>: quick fixes for the diagnostics in the request — apply the one exact replacement a
/// diagnostic carries (a character pasted from a PDF, a mistyped keyword), use the name a "Bedoelde u …?" message
/// proposes; for an unknown field (ZI2003), add it to the gegevens with a type read from its use; for <c>en</c> and
/// <c>of</c> mixed without parentheses (ZI1008), add the parentheses that spell out today's reading; for a plain
/// <c>omvat</c> of a set with <c>geldt voor</c> (ZI3009), append <c>verplicht</c> or <c>indien van toepassing</c>; for
/// any warning, acknowledge it with <c>// erkend ZI…: </c> on the line above.
/// </summary>
internal sealed partial class CodeActionHandler(ServerContext context) : IRequestHandler<CodeActionParams, List<CodeAction>>
{
    public string Method => Methods.CodeAction;

    public List<CodeAction> Handle(CodeActionParams request, CancellationToken cancellationToken)
    {
        if (context.Workspace.Analyze(request.TextDocument.Uri) is not { } analysis)
        {
            return [];
        }

        var actions = new List<CodeAction>();
        foreach (var diagnostic in request.Context?.Diagnostics ?? [])
        {
            if (diagnostic.Data?.Edit is { } exact)
            {
                actions.Add(new CodeAction
                {
                    Title = exact.NewText.Length == 0 ? "Verwijder het teken" : $"Vervang door '{exact.NewText}'",
                    Diagnostics = [diagnostic],
                    IsPreferred = true,
                    Edit = Edit(request.TextDocument.Uri, exact),
                });
            }
            else if ((diagnostic.Data?.Suggestion ?? SuggestionIn(diagnostic.Message)) is { } suggestion && IsName(suggestion))
            {
                actions.Add(new CodeAction
                {
                    Title = $"Vervang door '{suggestion}'",
                    Diagnostics = [diagnostic],
                    IsPreferred = true,
                    Edit = Edit(request.TextDocument.Uri, new TextEdit { Range = diagnostic.Range, NewText = suggestion }),
                });
            }

            if (diagnostic.Severity == DiagnosticSeverityCode.Warning && Acknowledge(analysis, diagnostic) is { } acknowledge)
            {
                actions.Add(new CodeAction
                {
                    Title = "Erken deze waarschuwing",
                    Diagnostics = [diagnostic],
                    Edit = Edit(request.TextDocument.Uri, acknowledge),
                });
            }

            if (diagnostic.Code == "ZI2003" && MissingField.Plan(analysis, PositionConverter.ToSpan(analysis.Text, diagnostic.Range)) is { } field)
            {
                actions.Add(new CodeAction
                {
                    Title = $"Voeg veld '{field.Name}: {field.Type}' toe aan gegevens '{field.Record}'",
                    Diagnostics = [diagnostic],
                    Edit = Edit(field.Uri, field.Edit),
                });
            }

            if (diagnostic.Code == "ZI3009")
            {
                // Two honest readings of a plain omvat of a set with geldt voor: the author picks one; neither is preferred.
                foreach (var (words, meaning) in new[] { ("verplicht", "niet van toepassing is niet voldaan"), ("indien van toepassing", "niet van toepassing telt niet mee") })
                {
                    actions.Add(new CodeAction
                    {
                        Title = $"Schrijf 'omvat … {words}' ({meaning})",
                        Diagnostics = [diagnostic],
                        Edit = Edit(request.TextDocument.Uri, new TextEdit { Range = new Protocol.Range { Start = diagnostic.Range.End, End = diagnostic.Range.End }, NewText = " " + words }),
                    });
                }
            }

            if (diagnostic.Code == "ZI1008" && MixedLogicParentheses.Edits(analysis, PositionConverter.ToSpan(analysis.Text, diagnostic.Range)) is { Count: > 0 } parentheses)
            {
                actions.Add(new CodeAction
                {
                    Title = "Zet haakjes om de 'en'-delen",
                    Diagnostics = [diagnostic],
                    IsPreferred = true,
                    Edit = new WorkspaceEdit { Changes = { [request.TextDocument.Uri] = parentheses } },
                });
            }
        }

        return actions;
    }

    /// <summary>
    /// The comment <c>// erkend ZI…: </c> on a line of its own above the warning, indented as that line; the author
    /// writes the reason after it (until then ZI1027 says one is missing). None for a stale acknowledgement (ZI1029),
    /// which is removed rather than acknowledged.
    /// </summary>
    private static TextEdit? Acknowledge(DocumentAnalysis analysis, LspDiagnostic diagnostic)
    {
        if (diagnostic.Code is not { } code || code == "ZI1029" || !code.StartsWith("ZI", StringComparison.Ordinal))
        {
            return null;
        }

        var line = diagnostic.Range.Start.Line;
        var start = analysis.Text.GetOffset(new LinePosition(line, 0));
        var content = analysis.Text.Content;
        var end = start;
        while (end < content.Length && content[end] is ' ' or '\t')
        {
            end++;
        }

        var at = new Position(line, 0);
        return new TextEdit { Range = new Protocol.Range(at, at), NewText = $"{content[start..end]}{AcknowledgementComments.Write(code)} \n" };
    }

    /// <summary>For clients that drop the diagnostic's data: the catalogue's "Bedoelde u '…'?" at the end of the message.</summary>
    private static string? SuggestionIn(string message) => Suggestion().Match(message ?? string.Empty) is { Success: true } match ? match.Groups[1].Value : null;

    private static bool IsName(string text) => PolicyLexer.Tokenize(new SourceText("naam", text)) is [{ CanBeName: true } token] && token.Text == text;

    private static WorkspaceEdit Edit(string uri, TextEdit edit) => new() { Changes = { [uri] = [edit] } };

    [GeneratedRegex(@"Bedoelde u '([^']+)'\?$")]
    private static partial Regex Suggestion();
}
