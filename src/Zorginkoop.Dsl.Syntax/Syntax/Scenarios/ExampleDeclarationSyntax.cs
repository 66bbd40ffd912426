using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Scenarios;

/// <summary>
/// <c>voorbeeld Naam [volgens Ander] { veld: waarde; … }</c>: named facts about the subject that scenarios start
/// from (<c>gegeven aanbieder volgens Naam { … }</c>), so that a scenario states only what matters to it.
/// </summary>
public sealed record ExampleDeclarationSyntax(NameSyntax Name, NameSyntax? Base, RecordValueSyntax Facts, TextSpan Span)
    : DeclarationSyntax(Span), INamedDeclarationSyntax;
