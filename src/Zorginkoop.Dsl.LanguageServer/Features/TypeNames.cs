using Zorginkoop.Dsl.Semantics.Types;

namespace Zorginkoop.Dsl.LanguageServer.Features;

/// <summary>Types as an author writes them in a <c>gegevens</c> block: <c>aantal</c>, <c>Soort</c>, <c>lijst van Keten</c>.</summary>
public static class TypeNames
{
    public static string Write(TypeSymbol type) => type switch
    {
        ChoiceType choice => choice.Choice.Name,
        RecordType record => record.Record.Name,
        ListType list => "lijst van " + Write(list.Element),
        _ => type.DisplayName,
    };
}
