using Zorginkoop.Dsl.Formatting;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Formatting;

/// <summary>
/// <c>textDocument/formatting</c>: the same formatter as <c>zorginkoop format</c>. The answer is one edit over the
/// part that changes, so the cursor and undo history around it stay put; a text with syntax errors gets none.
/// </summary>
internal sealed class FormattingHandler(ServerContext context) : IRequestHandler<DocumentFormattingParams, List<TextEdit>>
{
    public string Method => Methods.Formatting;

    public List<TextEdit> Handle(DocumentFormattingParams request, CancellationToken cancellationToken)
    {
        if (context.Workspace.Find(request.TextDocument.Uri) is not { } document)
        {
            return [];
        }

        var text = new SourceText(document.Path, document.Text);
        var result = PolicyFormatter.Format(text);
        if (!result.Succeeded)
        {
            context.Log(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Code.StartsWith("ZI91", StringComparison.Ordinal))));
            return [];
        }

        if (!result.Changed)
        {
            return [];
        }

        var original = text.Content;
        var formatted = result.Text;
        var prefix = 0;
        while (prefix < original.Length && prefix < formatted.Length && original[prefix] == formatted[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < original.Length - prefix && suffix < formatted.Length - prefix && original[^(suffix + 1)] == formatted[^(suffix + 1)])
        {
            suffix++;
        }

        return
        [
            new TextEdit
            {
                Range = PositionConverter.ToRange(text, TextSpan.FromBounds(prefix, original.Length - suffix)),
                NewText = formatted[prefix..^suffix],
            },
        ];
    }
}
