using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Symbols;

/// <summary>Values that are inputs of an evaluation rather than facts about the provider.</summary>
public static class BuiltInParameters
{
    private static readonly SourceText BuiltInSource = new("(ingebouwd)", string.Empty);

    /// <summary>The date a contract or addendum is requested; usable in <c>ingangsdatum</c> rules.</summary>
    public static readonly ParameterSymbol RequestDate = new("aanvraagdatum", new SourceLocation(BuiltInSource, default), PrimitiveType.Date,
        "De datum waarop de overeenkomst of het addendum is aangevraagd.");

    /// <summary>The date the policy is evaluated on; today unless another is given.</summary>
    public static readonly ParameterSymbol EvaluationDate = new("peildatum", new SourceLocation(BuiltInSource, default), PrimitiveType.Date,
        "De datum waarop het beleid wordt toegepast (standaard vandaag).");
}
