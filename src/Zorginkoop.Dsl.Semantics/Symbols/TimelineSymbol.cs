using Zorginkoop.Dsl.Syntax.Syntax.Timelines;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Symbols;

/// <summary>A <c>tijdlijn</c>. Its entries are bound by the timeline binder; here it is known by name.</summary>
public sealed class TimelineSymbol(string name, SourceLocation location, string? title, TimelineDeclarationSyntax syntax) : Symbol(name, location)
{
    public string? Title { get; } = title;

    public TimelineDeclarationSyntax Syntax { get; } = syntax;

    public override string KindName => "tijdlijn";
}
