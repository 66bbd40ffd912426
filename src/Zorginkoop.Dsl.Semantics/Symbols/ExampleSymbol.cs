using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Syntax.Scenarios;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Symbols;

/// <summary>A <c>voorbeeld</c>: named facts about the subject that scenarios and other voorbeelden start from.</summary>
public sealed class ExampleSymbol(string name, SourceLocation location, ExampleDeclarationSyntax syntax) : Symbols.Symbol(name, location)
{
    internal ExampleDeclarationSyntax Syntax { get; } = syntax;

    /// <summary>The voorbeeld this one starts from (<c>volgens</c>), if any.</summary>
    public ExampleSymbol? Base { get; internal set; }

    /// <summary>All facts, those of <see cref="Base"/> included; null when the subject record is unknown.</summary>
    public ScenarioRecord? Facts { get; internal set; }

    public override string KindName => "voorbeeld";
}
