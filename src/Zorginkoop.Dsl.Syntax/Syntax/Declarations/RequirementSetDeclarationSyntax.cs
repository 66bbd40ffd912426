using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Declarations;

/// <summary><c>eisen Naam "titel" geldt voor … mag afwijken { omvat …; eis …; ingangsdatum: … }</c></summary>
public sealed record RequirementSetDeclarationSyntax(
    NameSyntax Name,
    TextSyntax? Title,
    ExpressionSyntax? AppliesTo,
    DiscretionSyntax? Discretion,
    ImmutableArray<SyntaxNode> Members,
    TextSpan Span) : DeclarationSyntax(Span), INamedDeclarationSyntax
{
    public IEnumerable<IncludeSyntax> Includes => Members.OfType<IncludeSyntax>();

    public IEnumerable<RequirementSyntax> Requirements => Members.OfType<RequirementSyntax>();

    public IEnumerable<PropertySyntax> Properties => Members.OfType<PropertySyntax>();
}

/// <summary><c>omvat AndereEisen [verplicht | indien van toepassing]</c></summary>
public sealed record IncludeSyntax(NameSyntax Target, TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>What the author said about an included set that does not apply; <see cref="IncludeMode.Plain"/> when nothing.</summary>
    public IncludeMode Mode { get; init; } = IncludeMode.Plain;
}

/// <summary>How an <c>omvat</c> treats an included set whose <c>geldt voor</c> does not hold.</summary>
public enum IncludeMode
{
    /// <summary><c>omvat X</c>: in an addendum not met, in <c>eisen</c> standing aside (ZI3009 when X has a <c>geldt voor</c>).</summary>
    Plain,

    /// <summary><c>omvat X verplicht</c>: X must apply and be met; not applicable is not met, with the reason.</summary>
    Required,

    /// <summary><c>omvat X indien van toepassing</c>: X counts only where it applies; otherwise it stands aside.</summary>
    IfApplicable,
}

/// <summary>
/// <c>mag afwijken "toelichting" [als voorwaarde]</c>: a failure is for human judgement, not final; with a condition
/// only while the condition holds.
/// </summary>
public sealed record DiscretionSyntax(TextSyntax? Reason, TextSpan Span) : SyntaxNode(Span)
{
    /// <summary><c>als voorwaarde</c>; null when the discretion has no condition.</summary>
    public ExpressionSyntax? Condition { get; init; }
}
