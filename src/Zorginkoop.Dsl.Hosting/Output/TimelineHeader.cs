namespace Zorginkoop.Dsl.Hosting.Output;

/// <summary>What a timeline listing is about: the policy, the moment asked about, the party and the event dates.</summary>
public sealed record TimelineHeader(string PolicyPath, string Title, DateOnly? Published, DateTime Now, string? Party, IReadOnlyDictionary<string, DateOnly> Events);
