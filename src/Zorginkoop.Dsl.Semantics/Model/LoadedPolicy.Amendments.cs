namespace Zorginkoop.Dsl.Semantics.Model;

public sealed partial record LoadedPolicy
{
    /// <summary>
    /// Set on a version made by <see cref="Amendments.AmendmentApplier"/>: the files as published, from which this
    /// version was made. The amendment analysis reads the amendments from there, so that a version never
    /// applies an amendment twice.
    /// </summary>
    public LoadedPolicy? AmendmentBase { get; init; }

    /// <summary>The date this version shows the policy on; null for the policy as published.</summary>
    public DateOnly? AsOf { get; init; }
}
