using Zorginkoop.Dsl.Runtime.Evaluation;

namespace Zorginkoop.Dsl.Semantics.Model;

/// <summary>Describes amendments for the runtime and for people: in date order, each operation in a few words.</summary>
public static class AmendmentListing
{
    public static IReadOnlyList<AmendmentInfo> Describe(CheckedPolicy policy) =>
    [
        .. policy.Amendments
            .Where(a => a.EffectiveDate is not null)
            .OrderBy(a => a.EffectiveDate)
            .Select(a => new AmendmentInfo(a.EffectiveDate!.Value, a.Title, a.Reason, a.Consequence, [.. a.Operations.Select(Describe)])),
    ];

    /// <summary>"vervangt PlanningRho.offerte", "voegt toe aan Huisarts: nieuw, omvat Basis", "vervalt Huisarts.omzet".</summary>
    public static string Describe(AmendmentOperation operation)
    {
        var items = string.Join(", ", operation.Items.Select(i => i.Path.Length > operation.Target.Path.Length && operation.Target.Path.Length > 0
            ? i.Path[(operation.Target.Path.Length + 1)..]
            : i.Path));
        return operation.Kind switch
        {
            AmendmentOperationKind.Add when operation.Target.Kind == AmendedElementKind.Policy => $"voegt toe: {items}",
            AmendmentOperationKind.Add => $"voegt toe aan {operation.Target.Path}: {items}",
            AmendmentOperationKind.Replace => $"vervangt {operation.Target.Path}",
            _ => $"vervalt {operation.Target.Path}",
        };
    }
}
