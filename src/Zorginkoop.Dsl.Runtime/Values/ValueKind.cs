namespace Zorginkoop.Dsl.Runtime.Values;

/// <summary>The kinds of value a fact or expression can have; one per type of the language.</summary>
public enum ValueKind
{
    Text,
    Integer,
    Decimal,
    Money,
    Percentage,
    Date,
    DateTime,
    Duration,
    Boolean,
    Choice,
    Record,
    List,
}
