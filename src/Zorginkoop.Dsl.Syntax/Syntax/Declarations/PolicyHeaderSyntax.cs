using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Declarations;

/// <summary><c>beleid "titel" { verzekeraar: …; looptijd: 2026 t/m 2027; … }</c></summary>
public sealed record PolicyHeaderSyntax(TextSyntax Title, ImmutableArray<PropertySyntax> Properties, TextSpan Span) : DeclarationSyntax(Span);
