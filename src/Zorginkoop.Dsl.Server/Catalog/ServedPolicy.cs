using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Server.Catalog;

/// <summary>
/// One policy as the server serves it: the last version that checked clean, opened once, with a session per
/// version date made on first use (and kept), so each version is compiled once however often it is asked for.
/// </summary>
public sealed class ServedPolicy
{
    private readonly ConcurrentDictionary<CheckedPolicy, EvaluationSession> versions = new(ReferenceEqualityComparer.Instance);

    internal ServedPolicy(string id, string path, string displayPath, EvaluationSession session, DateTimeOffset loadedAt)
    {
        Id = id;
        Path = path;
        DisplayPath = displayPath;
        Session = session;
        LoadedAt = loadedAt;
        ContentHash = HashOf(session.Policy);
        Files = [.. session.Policy.Files.Select(f => System.IO.Path.GetFullPath(f.Text.Path))];
        versions[session.Policy] = session;
    }

    /// <summary>The policy's name in URLs: its path below the served folder, without <c>.zip</c>, with '.' for '/'.</summary>
    public string Id { get; }

    /// <summary>The entry file as it was compiled.</summary>
    public string Path { get; }

    /// <summary>The path below the served folder, as the JSON's <c>policy</c> field names it.</summary>
    public string DisplayPath { get; }

    /// <summary>The policy as published (no amendments), from which every version is reached.</summary>
    public EvaluationSession Session { get; }

    public CheckedPolicy Policy => Session.Policy;

    public DateTimeOffset LoadedAt { get; }

    /// <summary>SHA-256 of every file the policy is made of (entry and imports), in order: which text decided.</summary>
    public string ContentHash { get; }

    /// <summary>Full paths of the entry file and its imports: a change to any of them reloads this policy.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>The session of the policy as it stood on <paramref name="date"/> (the amendments then in force).</summary>
    public EvaluationSession On(DateOnly date)
    {
        var version = Policy.VersionOn(date);
        return versions.GetOrAdd(version, v => EvaluationSession.Open(v, Session.Engine));
    }

    /// <summary>The date of the latest amendment in force on <paramref name="date"/>; null for the policy as published.</summary>
    public DateOnly? VersionDate(DateOnly date) =>
        Policy.VersionDates.Where(d => d <= date).Select(d => (DateOnly?)d).LastOrDefault();

    /// <summary>Builds the evaluator of every version now, so no request pays for a Roslyn compile.</summary>
    internal void Warm()
    {
        _ = Session.Evaluator;
        foreach (var date in Policy.VersionDates)
        {
            _ = On(date).Evaluator;
        }
    }

    private static string HashOf(CheckedPolicy policy)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in policy.Files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Text.Content));
            hash.AppendData([0]);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <summary>When the catalogue last reloaded (UTC) and how long finding, reading and checking the changed files took.</summary>
public sealed record ReloadTiming(DateTimeOffset At, TimeSpan Took);

/// <summary>Why a policy is not (or no longer) served as its file now stands: the diagnostics of the last failed load.</summary>
public sealed record LoadFailure(DateTimeOffset At, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>A policy file of the served folder: what it serves (its last good version) and its last failure, if newer.</summary>
public sealed record PolicyEntry(string Id, string Path, string DisplayPath, ServedPolicy? Served, LoadFailure? Failure);
