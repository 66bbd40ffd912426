using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Symbols;

namespace Zorginkoop.Dsl.Semantics.Types;

/// <summary>The type of an expression or field. Optionality belongs to fields, not to types.</summary>
public abstract record TypeSymbol
{
    public abstract string DisplayName { get; }

    public virtual ValueKind Kind => ValueKind.Text;

    public bool IsError => this is ErrorType;

    public bool IsNumeric => this is PrimitiveType { Kind: ValueKind.Integer or ValueKind.Decimal };

    public override string ToString() => DisplayName;
}

/// <summary>tekst, aantal, decimaal, bedrag, percentage, datum, tijdstip, duur, ja/nee.</summary>
public sealed record PrimitiveType : TypeSymbol
{
    public static readonly PrimitiveType Text = new(ValueKind.Text, "tekst");
    public static readonly PrimitiveType Integer = new(ValueKind.Integer, "aantal");
    public static readonly PrimitiveType Decimal = new(ValueKind.Decimal, "decimaal");
    public static readonly PrimitiveType Money = new(ValueKind.Money, "bedrag");
    public static readonly PrimitiveType Percentage = new(ValueKind.Percentage, "percentage");
    public static readonly PrimitiveType Date = new(ValueKind.Date, "datum");
    public static readonly PrimitiveType DateTime = new(ValueKind.DateTime, "tijdstip");
    public static readonly PrimitiveType Duration = new(ValueKind.Duration, "duur");
    public static readonly PrimitiveType Boolean = new(ValueKind.Boolean, "ja/nee");

    private readonly string name;
    private readonly ValueKind kind;

    private PrimitiveType(ValueKind kind, string name)
    {
        this.kind = kind;
        this.name = name;
    }

    public override string DisplayName => name;

    public override ValueKind Kind => kind;

    public static PrimitiveType? FromKeyword(string keyword) => keyword switch
    {
        "tekst" => Text,
        "aantal" => Integer,
        "decimaal" => Decimal,
        "bedrag" => Money,
        "percentage" => Percentage,
        "datum" => Date,
        "tijdstip" => DateTime,
        "duur" => Duration,
        "ja/nee" => Boolean,
        _ => null,
    };
}

public sealed record ChoiceType(ChoiceSymbol Choice) : TypeSymbol
{
    public override string DisplayName => "keuze " + Choice.Name;

    public override ValueKind Kind => ValueKind.Choice;
}

public sealed record RecordType(RecordSymbol Record) : TypeSymbol
{
    public override string DisplayName => "gegevens " + Record.Name;

    public override ValueKind Kind => ValueKind.Record;
}

public sealed record ListType(TypeSymbol Element) : TypeSymbol
{
    public override string DisplayName => "lijst van " + Element.DisplayName;

    public override ValueKind Kind => ValueKind.List;
}

/// <summary>A lone time of day ("17.00 uur"), only meaningful as a window's closing time.</summary>
public sealed record TimeOfDayType : TypeSymbol
{
    public static readonly TimeOfDayType Instance = new();

    public override string DisplayName => "tijd";
}

/// <summary>Stands in after an error so that one mistake is reported once.</summary>
public sealed record ErrorType : TypeSymbol
{
    public static readonly ErrorType Instance = new();

    public override string DisplayName => "?";
}
