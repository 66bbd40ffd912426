using Zorginkoop.Dsl.Runtime.Facts;

namespace Zorginkoop.Dsl.Runtime.Values;

/// <summary>
/// A record value of a compiled policy (a generated class). Equality and explanations see it as its facts, so that
/// a compiled record compares and prints exactly as the interpreter's <see cref="FactRecord"/> does.
/// </summary>
public interface IRecordValue
{
    FactRecord ToFacts();
}
