using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.Semantics.Model;

/// <summary>The amendments of a policy with their operations resolved, what could not be applied, and the version dates in order.</summary>
internal sealed record AmendmentAnalysis(ImmutableArray<ResolvedAmendment> Amendments, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<DateOnly> VersionDates);

/// <summary>One amendment as found in a file, with the date it was applied on (if valid) and its resolved operations.</summary>
internal sealed record ResolvedAmendment(
    SyntaxTree File,
    Zorginkoop.Dsl.Syntax.Syntax.Amendments.AmendmentDeclarationSyntax Syntax,
    DateOnly? Date,
    ImmutableArray<AmendmentOperation> Operations);
