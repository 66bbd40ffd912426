using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.Semantics.Model;

/// <summary>
/// The checked model of one policy (an entry file and everything it imports): the product of binding, input to
/// code generation, the interpreter, timelines and the language server. Collections are in source order,
/// imported files first, so that everything downstream is deterministic. Features beyond requirements
/// (timelines, amendments, scenarios) add their products in their own partial files.
/// </summary>
public sealed partial record CheckedPolicy(
    string EntryPath,
    ImmutableArray<SyntaxTree> Files,
    PolicyHeaderInfo? Header,
    RecordSymbol? Subject,
    VariableSymbol? SubjectVariable,
    ImmutableArray<ChoiceSymbol> Choices,
    ImmutableArray<RecordSymbol> Records,
    ImmutableArray<DefinitionSymbol> Definitions,
    ImmutableArray<RequirementSetSymbol> RequirementSets,
    ImmutableArray<AddendumSymbol> Addenda,
    ImmutableArray<TimelineSymbol> Timelines,
    ImmutableArray<SymbolReference> References,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public RequirementSetSymbol? FindRequirementSet(string name) => RequirementSets.FirstOrDefault(s => s.Name == name);

    public AddendumSymbol? FindAddendum(string name) => Addenda.FirstOrDefault(a => a.Name == name);
}
