namespace Zorginkoop.Dsl.Semantics.Model;

/// <summary>The <c>beleid</c> header: what policy this is, whose, for which years.</summary>
public sealed record PolicyHeaderInfo(
    string Title,
    string? Insurer,
    int? FirstYear,
    int? LastYear,
    DateOnly? Published,
    string? Source);
