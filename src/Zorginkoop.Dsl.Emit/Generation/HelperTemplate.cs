using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>
/// The fixed part of every compiled policy: how requirement and set results are put together, mirroring
/// <c>PolicyInterpreter</c> step by step, and fact conversions. It is constant text chosen by the generator,
/// with no policy text in it; the policy-specific code is built node by node.
/// </summary>
internal static class HelperTemplate
{
    private const string Source = """
        internal static class PolicyHelpers
        {
            private static readonly global::System.Collections.Generic.IReadOnlyList<string> None = global::System.Array.Empty<string>();
            private static readonly global::Zorginkoop.Dsl.Runtime.Results.RequirementResult[] NoRequirements = global::System.Array.Empty<global::Zorginkoop.Dsl.Runtime.Results.RequirementResult>();
            private static readonly global::Zorginkoop.Dsl.Runtime.Results.RequirementSetResult[] NoSets = global::System.Array.Empty<global::Zorginkoop.Dsl.Runtime.Results.RequirementSetResult>();

            public static global::System.Collections.Generic.IReadOnlyList<string> Empty => None;

            public static bool? TruthOf(global::Zorginkoop.Dsl.Runtime.Values.Outcome outcome) => outcome switch
            {
                global::Zorginkoop.Dsl.Runtime.Values.Outcome.Satisfied or global::Zorginkoop.Dsl.Runtime.Values.Outcome.NotApplicable => true,
                global::Zorginkoop.Dsl.Runtime.Values.Outcome.NotSatisfied => false,
                _ => null,
            };

            public static global::Zorginkoop.Dsl.Runtime.Results.RequirementResult Requirement(
                string path, string? sentence, global::Zorginkoop.Dsl.Runtime.Results.PolicyLocation location, bool discretion, bool? truth,
                (global::System.Collections.Generic.IReadOnlyList<string> Evidence, global::System.Collections.Generic.IReadOnlyList<string> Missing) taken)
            {
                var outcome = global::Zorginkoop.Dsl.Runtime.Values.OutcomeText.FromTruth(truth);
                var resolution = outcome == global::Zorginkoop.Dsl.Runtime.Values.Outcome.NotSatisfied && discretion
                    ? global::Zorginkoop.Dsl.Runtime.Results.Resolution.ForJudgement
                    : global::Zorginkoop.Dsl.Runtime.Results.Resolution.Direct;
                var missing = outcome == global::Zorginkoop.Dsl.Runtime.Values.Outcome.Unknown ? Distinct(taken.Missing) : None;
                return new global::Zorginkoop.Dsl.Runtime.Results.RequirementResult(path, sentence, location, outcome, resolution, null, taken.Evidence, missing, NoRequirements);
            }

            public static global::Zorginkoop.Dsl.Runtime.Results.RequirementResult Group(
                string path, string? sentence, global::Zorginkoop.Dsl.Runtime.Results.PolicyLocation location, bool discretion,
                global::Zorginkoop.Dsl.Runtime.Results.RequirementResult[] children)
            {
                bool? all = true;
                foreach (var child in children)
                {
                    all = global::Zorginkoop.Dsl.Runtime.Values.Kleene.And(all, TruthOf(child.Outcome));
                }

                var outcome = global::Zorginkoop.Dsl.Runtime.Values.OutcomeText.FromTruth(all);
                var resolution = global::Zorginkoop.Dsl.Runtime.Results.Resolution.Direct;
                if (outcome == global::Zorginkoop.Dsl.Runtime.Values.Outcome.NotSatisfied && (discretion || AllFailingForJudgement(children, NoSets)))
                {
                    resolution = global::Zorginkoop.Dsl.Runtime.Results.Resolution.ForJudgement;
                }
                else if (outcome == global::Zorginkoop.Dsl.Runtime.Values.Outcome.Satisfied && AnyByException(children, NoSets))
                {
                    resolution = global::Zorginkoop.Dsl.Runtime.Results.Resolution.ByException;
                }

                var missing = None;
                if (outcome == global::Zorginkoop.Dsl.Runtime.Values.Outcome.Unknown)
                {
                    var collected = new global::System.Collections.Generic.List<string>();
                    foreach (var child in children)
                    {
                        collected.AddRange(child.MissingFacts);
                    }

                    missing = Distinct(collected);
                }

                return new global::Zorginkoop.Dsl.Runtime.Results.RequirementResult(path, sentence, location, outcome, resolution, null, None, missing, children);
            }

            public static global::Zorginkoop.Dsl.Runtime.Results.RequirementSetResult NotApplicable(
                string name, string? title, global::Zorginkoop.Dsl.Runtime.Results.PolicyLocation location, global::System.Collections.Generic.IReadOnlyList<string> applicabilityEvidence) =>
                new global::Zorginkoop.Dsl.Runtime.Results.RequirementSetResult(name, title, location, global::Zorginkoop.Dsl.Runtime.Values.Outcome.NotApplicable,
                    global::Zorginkoop.Dsl.Runtime.Results.Resolution.Direct, applicabilityEvidence, NoRequirements, NoSets, None);

            public static global::Zorginkoop.Dsl.Runtime.Results.RequirementSetResult Set(
                string name, string? title, global::Zorginkoop.Dsl.Runtime.Results.PolicyLocation location, bool discretion, bool? applies,
                (global::System.Collections.Generic.IReadOnlyList<string> Evidence, global::System.Collections.Generic.IReadOnlyList<string> Missing) applicability,
                global::Zorginkoop.Dsl.Runtime.Results.RequirementSetResult[] included,
                global::Zorginkoop.Dsl.Runtime.Results.RequirementResult[] requirements)
            {
                var truth = applies;
                foreach (var set in included)
                {
                    truth = global::Zorginkoop.Dsl.Runtime.Values.Kleene.And(truth, TruthOf(set.Outcome));
                }

                foreach (var requirement in requirements)
                {
                    truth = global::Zorginkoop.Dsl.Runtime.Values.Kleene.And(truth, TruthOf(requirement.Outcome));
                }

                var outcome = global::Zorginkoop.Dsl.Runtime.Values.OutcomeText.FromTruth(truth);
                var resolution = global::Zorginkoop.Dsl.Runtime.Results.Resolution.Direct;
                if (outcome == global::Zorginkoop.Dsl.Runtime.Values.Outcome.NotSatisfied && (discretion || AllFailingForJudgement(requirements, included)))
                {
                    resolution = global::Zorginkoop.Dsl.Runtime.Results.Resolution.ForJudgement;
                }
                else if (outcome == global::Zorginkoop.Dsl.Runtime.Values.Outcome.Satisfied && AnyByException(requirements, included))
                {
                    resolution = global::Zorginkoop.Dsl.Runtime.Results.Resolution.ByException;
                }

                var missing = None;
                if (outcome == global::Zorginkoop.Dsl.Runtime.Values.Outcome.Unknown)
                {
                    var collected = new global::System.Collections.Generic.List<string>(applicability.Missing);
                    foreach (var set in included)
                    {
                        collected.AddRange(set.MissingFacts);
                    }

                    foreach (var requirement in requirements)
                    {
                        collected.AddRange(requirement.MissingFacts);
                    }

                    missing = Distinct(collected);
                }

                return new global::Zorginkoop.Dsl.Runtime.Results.RequirementSetResult(name, title, location, outcome, resolution, applicability.Evidence, requirements, included, missing);
            }

            private static bool AllFailingForJudgement(global::Zorginkoop.Dsl.Runtime.Results.RequirementResult[] requirements, global::Zorginkoop.Dsl.Runtime.Results.RequirementSetResult[] included)
            {
                foreach (var requirement in requirements)
                {
                    if (requirement.Outcome == global::Zorginkoop.Dsl.Runtime.Values.Outcome.NotSatisfied && requirement.Resolution != global::Zorginkoop.Dsl.Runtime.Results.Resolution.ForJudgement)
                    {
                        return false;
                    }
                }

                foreach (var set in included)
                {
                    if (set.Outcome == global::Zorginkoop.Dsl.Runtime.Values.Outcome.NotSatisfied && set.Resolution != global::Zorginkoop.Dsl.Runtime.Results.Resolution.ForJudgement)
                    {
                        return false;
                    }
                }

                return true;
            }

            private static bool AnyByException(global::Zorginkoop.Dsl.Runtime.Results.RequirementResult[] requirements, global::Zorginkoop.Dsl.Runtime.Results.RequirementSetResult[] included)
            {
                foreach (var requirement in requirements)
                {
                    if (requirement.Resolution == global::Zorginkoop.Dsl.Runtime.Results.Resolution.ByException)
                    {
                        return true;
                    }
                }

                foreach (var set in included)
                {
                    if (set.Resolution == global::Zorginkoop.Dsl.Runtime.Results.Resolution.ByException)
                    {
                        return true;
                    }
                }

                return false;
            }

            // First occurrences, in order.
            private static global::System.Collections.Generic.IReadOnlyList<string> Distinct(global::System.Collections.Generic.IReadOnlyList<string> items)
            {
                if (items.Count == 0)
                {
                    return None;
                }

                var seen = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);
                var result = new global::System.Collections.Generic.List<string>(items.Count);
                foreach (var item in items)
                {
                    if (seen.Add(item))
                    {
                        result.Add(item);
                    }
                }

                return result;
            }

            // What one requirement with exceptions has gathered so far.
            internal sealed class Trail
            {
                private readonly global::System.Collections.Generic.List<string> evidence;
                private readonly global::System.Collections.Generic.List<string> missing;
                private bool someUnknown;
                private string? exceptionDescription;

                public Trail((global::System.Collections.Generic.IReadOnlyList<string> Evidence, global::System.Collections.Generic.IReadOnlyList<string> Missing) taken)
                {
                    evidence = new global::System.Collections.Generic.List<string>(taken.Evidence);
                    missing = new global::System.Collections.Generic.List<string>(taken.Missing);
                }

                // Records one tried exception; true when it applies, and no further one is tried.
                public bool Exception(bool? applies, (global::System.Collections.Generic.IReadOnlyList<string> Evidence, global::System.Collections.Generic.IReadOnlyList<string> Missing) taken, string description)
                {
                    evidence.AddRange(taken.Evidence);
                    if (applies == true)
                    {
                        exceptionDescription = description;
                        return true;
                    }

                    if (applies is null)
                    {
                        someUnknown = true;
                        missing.AddRange(taken.Missing);
                    }

                    return false;
                }

                public global::Zorginkoop.Dsl.Runtime.Results.RequirementResult Complete(string path, string? sentence, global::Zorginkoop.Dsl.Runtime.Results.PolicyLocation location, bool discretion, bool? truth)
                {
                    var resolution = global::Zorginkoop.Dsl.Runtime.Results.Resolution.Direct;
                    if (exceptionDescription is not null)
                    {
                        truth = true;
                        resolution = global::Zorginkoop.Dsl.Runtime.Results.Resolution.ByException;
                    }
                    else if (truth == false && someUnknown)
                    {
                        truth = null;
                    }

                    var outcome = global::Zorginkoop.Dsl.Runtime.Values.OutcomeText.FromTruth(truth);
                    if (outcome == global::Zorginkoop.Dsl.Runtime.Values.Outcome.NotSatisfied && discretion)
                    {
                        resolution = global::Zorginkoop.Dsl.Runtime.Results.Resolution.ForJudgement;
                    }

                    var reported = outcome == global::Zorginkoop.Dsl.Runtime.Values.Outcome.Unknown ? Distinct(missing) : None;
                    return new global::Zorginkoop.Dsl.Runtime.Results.RequirementResult(path, sentence, location, outcome, resolution, exceptionDescription, evidence, reported, NoRequirements);
                }
            }

            public static T? ValueFromFact<T>(object? value)
                where T : struct => value is T typed ? typed : null;

            public static decimal? AsDecimal(object? value) => value switch
            {
                decimal d => d,
                long l => l,
                _ => null,
            };

            public static global::System.DateOnly? AsDate(global::System.DateTime? moment) =>
                moment is { } m ? global::System.DateOnly.FromDateTime(m) : null;

            public static global::System.DateOnly? Earliest(global::System.DateOnly? a, global::System.DateOnly? b) => a is { } x && b is { } y ? (x <= y ? x : y) : null;

            public static global::System.DateOnly? Latest(global::System.DateOnly? a, global::System.DateOnly? b) => a is { } x && b is { } y ? (x >= y ? x : y) : null;

            public static global::System.DateTime? Earliest(global::System.DateTime? a, global::System.DateTime? b) => a is { } x && b is { } y ? (x <= y ? x : y) : null;

            public static global::System.DateTime? Latest(global::System.DateTime? a, global::System.DateTime? b) => a is { } x && b is { } y ? (x >= y ? x : y) : null;

            // Equality as the interpreter decides it for records and lists: unknown when either is.
            public static bool? SameValue(object? a, object? b) =>
                a is null || b is null ? null : global::Zorginkoop.Dsl.Runtime.Evaluation.Comparison.ValuesEqual(a, b);

            // A list of values seen as objects, for membership; lists of references need no copy.
            public static global::System.Collections.Generic.IReadOnlyList<object?>? Boxed<T>(global::System.Collections.Generic.IReadOnlyList<T>? list)
            {
                if (list is null)
                {
                    return null;
                }

                var boxed = new object?[list.Count];
                for (var i = 0; i < boxed.Length; i++)
                {
                    boxed[i] = list[i];
                }

                return boxed;
            }

            public static global::System.Collections.Generic.IReadOnlyList<T>? ListFromFacts<T>(object? value, global::System.Func<object?, T> convert)
            {
                if (value is not global::System.Collections.Generic.IReadOnlyList<object?> items)
                {
                    return null;
                }

                var list = new T[items.Count];
                for (var i = 0; i < list.Length; i++)
                {
                    list[i] = convert(items[i]);
                }

                return list;
            }

            public static global::System.Collections.Generic.IReadOnlyList<object?>? ListToFacts<T>(global::System.Collections.Generic.IReadOnlyList<T>? list, global::System.Func<T, object?> convert)
            {
                if (list is null)
                {
                    return null;
                }

                var items = new global::System.Collections.Generic.List<object?>(list.Count);
                foreach (var item in list)
                {
                    items.Add(convert(item));
                }

                return items;
            }
        }
        """;

    private static readonly ClassDeclarationSyntax Parsed =
        (ClassDeclarationSyntax)SyntaxFactory.ParseCompilationUnit(Source, options: new CSharpParseOptions(LanguageVersion.CSharp14, DocumentationMode.None)).Members.Single();

    /// <summary>The helper class; syntax nodes are immutable, so one parse serves every policy.</summary>
    public static ClassDeclarationSyntax Create() => Parsed;
}
