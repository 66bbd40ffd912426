using System.Collections.Immutable;

namespace Zorginkoop.Dsl.Semantics.Model;

/// <summary>
/// The versions a checked model is one of. The model points back to them through this interface only, so the model
/// stays data that no phase of the pipeline is needed to read; the compilation's version set implements it.
/// </summary>
public interface ICheckedVersions
{
    /// <summary>The dates on which the policy changes: one version as published and one from each of these dates.</summary>
    ImmutableArray<DateOnly> Dates { get; }

    /// <summary>
    /// The policy as it stood on <paramref name="date"/>, seen from <paramref name="from"/>: that model itself when
    /// exactly the same amendments are in effect, otherwise the version of that date.
    /// </summary>
    CheckedPolicy VersionOn(CheckedPolicy from, DateOnly date);
}
