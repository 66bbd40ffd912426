using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Declarations;

/// <summary><c>gebruik "pad/naar/bestand.zip"</c>: brings another file's names into scope.</summary>
public sealed record ImportSyntax(TextSyntax Path, TextSpan Span) : DeclarationSyntax(Span);
