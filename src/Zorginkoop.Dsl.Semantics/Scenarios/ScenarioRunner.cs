using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Syntax.Scenarios;

namespace Zorginkoop.Dsl.Semantics.Scenarios;

/// <summary>
/// Runs scenarios against any <see cref="IPolicyEvaluator"/> — the interpreter or a compiled assembly — and
/// compares what the policy decides with what each scenario expects. Each requirement set a scenario names is
/// evaluated once, with the scenario's facts, its date and (for start dates) its request date; every
/// requirement result reached is kept for coverage, whether or not an expectation names it.
/// </summary>
public sealed class ScenarioRunner
{
    private readonly CheckedPolicy policy;
    private readonly Func<CheckedPolicy, IPolicyEvaluator> createEvaluator;
    private readonly Dictionary<CheckedPolicy, IPolicyEvaluator> evaluators = [];

    /// <param name="createEvaluator">
    /// Makes the evaluator for a version of the policy; called once per version, so a compiled engine compiles once.
    /// </param>
    public ScenarioRunner(CheckedPolicy policy, Func<CheckedPolicy, IPolicyEvaluator> createEvaluator)
    {
        this.policy = policy;
        this.createEvaluator = createEvaluator;
    }

    /// <summary>Runs one scenario; <paramref name="defaultDate"/> applies when the scenario has no <c>op</c> (else today).</summary>
    public ScenarioResult Run(CheckedScenario scenario, DateOnly? defaultDate = null)
    {
        var date = scenario.Date ?? defaultDate ?? DateOnly.FromDateTime(DateTime.Today);
        // The policy as it stood on the scenario's date: exactly the amendments in effect then.
        var version = policy.VersionOn(date);
        var evaluator = EvaluatorFor(version);
        var setResults = new Dictionary<string, RequirementSetResult>(StringComparer.Ordinal);
        var addendumResults = new Dictionary<string, AddendumResult>(StringComparer.Ordinal);
        var results = new List<ExpectationResult>();
        foreach (var expectation in scenario.Expectations)
        {
            results.Add(expectation.Kind switch
            {
                ExpectationTargetKind.RequirementSet or ExpectationTargetKind.Requirement when expectation.Root is RequirementSetSymbol set && version.FindRequirementSet(set.Name) is null =>
                    new ExpectationResult(expectation, false, expectation.Outcome is { } outcome ? Describe(outcome) : "?", "niet geëvalueerd",
                        [$"eisen '{set.Name}' bestaan op {DutchFormat.Date(date)} niet (een wijziging voegt ze later toe of liet ze vervallen)"]),
                _ when expectation.StartDate is { } expectedStart =>
                    CheckStartDate(expectation, expectedStart, EvaluateAddendum(version, evaluator, expectation.Root.Name, scenario, date, addendumResults)),
                _ when expectation.Root is AddendumSymbol addendum && version.FindAddendum(addendum.Name) is not null =>
                    CheckAddendum(expectation, EvaluateAddendum(version, evaluator, addendum.Name, scenario, date, addendumResults)),
                ExpectationTargetKind.RequirementSet or ExpectationTargetKind.Requirement when expectation.Root is RequirementSetSymbol set =>
                    CheckOutcome(expectation, Evaluate(evaluator, set, scenario, date, setResults)),
                ExpectationTargetKind.TimelineEntry when expectation.Root is TimelineSymbol timeline && expectation.TimelineEntry is { } entry =>
                    CheckTimelineEntry(version, evaluator, expectation, timeline.Name, entry, scenario, date),
                _ => NotYetSupported(expectation),
            });
        }

        var reached = setResults.Values
            .Concat(addendumResults.Values.SelectMany(a => a.RequiredContracts.Concat(a.OwnRequirements is null ? [] : [a.OwnRequirements])))
            .SelectMany(r => r.AllRequirements())
            .ToList();
        return new ScenarioResult(scenario, results, reached, date);
    }

    private IPolicyEvaluator EvaluatorFor(CheckedPolicy version)
    {
        if (!evaluators.TryGetValue(version, out var evaluator))
        {
            evaluators[version] = evaluator = createEvaluator(version);
        }

        return evaluator;
    }

    private static RequirementSetResult Evaluate(IPolicyEvaluator evaluator, RequirementSetSymbol set, CheckedScenario scenario, DateOnly date, Dictionary<string, RequirementSetResult> cache)
    {
        if (!cache.TryGetValue(set.Name, out var result))
        {
            var facts = evaluator.SubjectSchema is { } schema ? ScenarioFacts.ToFactRecord(scenario.Facts, schema) : FactRecord.Empty(new RecordSchema("(geen onderwerp)"));
            var inputs = new EvaluationInputs(date, scenario.RequestFor(set)?.Date);
            cache[set.Name] = result = evaluator.Evaluate(set.Name, facts, inputs);
        }

        return result;
    }

    private static ExpectationResult CheckOutcome(ScenarioExpectation expectation, RequirementSetResult root)
    {
        var expected = Describe(expectation.Outcome!.Value);
        object? current = root;
        foreach (var step in expectation.Steps)
        {
            current = current switch
            {
                RequirementSetResult { Outcome: Outcome.NotApplicable } notApplicable => notApplicable,
                RequirementSetResult set when step.IsIncludedSet => set.Included.FirstOrDefault(i => i.Name == step.Name),
                RequirementSetResult set => set.Requirements.FirstOrDefault(r => r.Name == step.Name),
                RequirementResult requirement => requirement.Children.FirstOrDefault(c => c.Name == step.Name),
                _ => null,
            };
        }

        switch (current)
        {
            case RequirementSetResult set:
                var setPassed = Matches(expectation.Outcome.Value, set.Outcome, set.Resolution);
                var setExplanation = set != root || expectation.Kind == ExpectationTargetKind.RequirementSet
                    ? Explain(set)
                    : [$"eisen '{set.Name}' gelden niet voor deze aanbieder, dus '{expectation.TargetText}' is niet geëvalueerd", .. Applicability(set)];
                return new ExpectationResult(expectation, setPassed, expected, Describe(set.Outcome, set.Resolution), setExplanation);
            case RequirementResult requirement:
                var passed = Matches(expectation.Outcome.Value, requirement.Outcome, requirement.Resolution);
                return new ExpectationResult(expectation, passed, expected, Describe(requirement.Outcome, requirement.Resolution), Explain(requirement));
            default:
                return new ExpectationResult(expectation, false, expected, "niet geëvalueerd",
                    [$"de evaluatie van '{root.Name}' bevat '{expectation.TargetText}' niet (is de eis door een wijziging vervallen?)"]);
        }
    }

    /// <summary>Evaluates an addendum (or a contract with an ingangsdatum) once per scenario, for its request date or else the scenario date.</summary>
    private static AddendumResult EvaluateAddendum(CheckedPolicy version, IPolicyEvaluator evaluator, string name, CheckedScenario scenario, DateOnly date, Dictionary<string, AddendumResult> cache)
    {
        if (!cache.TryGetValue(name, out var result))
        {
            IPolicyAddenda addenda = evaluator as IPolicyAddenda ?? new Interpretation.AddendumEvaluator(version);
            var facts = evaluator.SubjectSchema is { } schema ? ScenarioFacts.ToFactRecord(scenario.Facts, schema) : null;
            var requested = scenario.Requests.FirstOrDefault(r => r.Target.Name == name)?.Date ?? date;
            cache[name] = result = addenda.EvaluateAddendum(name, facts, requested, new EvaluationInputs(date, requested));
        }

        return result;
    }

    private static ExpectationResult CheckStartDate(ScenarioExpectation expectation, DateOnly expected, AddendumResult result)
    {
        var actual = result.StartDate is { } start ? DutchFormat.Date(start) : "onbekend";
        IReadOnlyList<string> why = [$"ingangsdatum: {result.StartDateRule ?? "(geen regel)"}, aangevraagd op {DutchFormat.Date(result.RequestDate)}", .. result.MissingFacts.Count > 0 ? ["ontbrekende gegevens: " + string.Join(", ", result.MissingFacts)] : Array.Empty<string>()];
        return new ExpectationResult(expectation, result.StartDate == expected, DutchFormat.Date(expected), actual, why);
    }

    private static ExpectationResult CheckAddendum(ScenarioExpectation expectation, AddendumResult result)
    {
        if (expectation.Kind == ExpectationTargetKind.Addendum)
        {
            var resolution = result.OwnRequirements?.Resolution ?? Resolution.Direct;
            var passed = Matches(expectation.Outcome!.Value, result.Eligibility, resolution);
            var why = result.RequiredContracts.Where(c => c.Outcome is not Outcome.Satisfied).Select(c => $"vereiste overeenkomst '{c.Name}': {Describe(c.Outcome, c.Resolution)}")
                .Concat(result.OwnRequirements is { } own && own.Outcome != Outcome.Satisfied ? Explain(own) : [])
                .Concat(result.MissingFacts.Count > 0 ? ["ontbrekende gegevens: " + string.Join(", ", result.MissingFacts)] : [])
                .DefaultIfEmpty($"alle voorwaarden van '{result.Name}' zijn voldaan")
                .ToList();
            return new ExpectationResult(expectation, passed, Describe(expectation.Outcome.Value), Describe(result.Eligibility, resolution), why);
        }

        return result.OwnRequirements is { } requirements
            ? CheckOutcome(expectation, requirements)
            : new ExpectationResult(expectation, false, expectation.Outcome is { } o ? Describe(o) : "?", "niet geëvalueerd", ["het addendum is zonder gegevens geëvalueerd"]);
    }

    /// <summary>
    /// A timeline row's state at the start of the scenario's date, with the scenario's events: verlopen (overdue),
    /// open, komend (upcoming, or waiting for an event). A recurring row is judged by the period the date falls in.
    /// </summary>
    private static ExpectationResult CheckTimelineEntry(CheckedPolicy version, IPolicyEvaluator evaluator, ScenarioExpectation expectation, string timelineName, string entryId, CheckedScenario scenario, DateOnly date)
    {
        var timelines = evaluator as IPolicyTimelines ?? new Interpretation.TimelineInterpreter(version);
        var events = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var scenarioEvent in scenario.Events)
        {
            events[scenarioEvent.Name] = scenarioEvent.Date;
        }

        var items = timelines.Timelines.FirstOrDefault(t => t.Name == timelineName) is { } timeline
            ? TimelinePlanner.Query(timeline, TimelineQuery.On(date, null, events)).Items.Where(i => i.Entry.Id == entryId).ToList()
            : [];
        var item = items.FirstOrDefault(i => i.Status == TimelineStatus.Open) ?? items.FirstOrDefault(i => i.Status == TimelineStatus.Upcoming) ?? items.LastOrDefault();
        if (item is null)
        {
            return new ExpectationResult(expectation, false, expectation.State ?? "?", "niet geëvalueerd",
                [$"tijdlijnregel '{timelineName}.{entryId}' bestaat niet op {DutchFormat.Date(date)} (een wijziging voegt haar later toe of liet haar vervallen)"]);
        }

        var actual = item.Status switch
        {
            TimelineStatus.Overdue => "verlopen",
            TimelineStatus.Open => "open",
            TimelineStatus.Upcoming or TimelineStatus.Waiting => "komend",
            TimelineStatus.Done => "afgerond",
            _ => "zonder datum",
        };
        var why = $"{timelineName}.{entryId} op {DutchFormat.Date(date)}{(item.Occurrence is null ? string.Empty : $" ({item.Occurrence})")}: {item.Summary}";
        return new ExpectationResult(expectation, expectation.State == actual, expectation.State ?? "?", actual, [why]);
    }

    private static ExpectationResult NotYetSupported(ScenarioExpectation expectation) =>
        new(expectation, false, expectation.Outcome is { } outcome ? Describe(outcome) : expectation.StartDate is { } date ? DutchFormat.Date(date) : expectation.State ?? "?",
            "niet te evalueren",
            [expectation.Kind == ExpectationTargetKind.TimelineEntry ? "verwachtingen op tijdlijnregels worden door deze versie van 'zorginkoop test' nog niet uitgevoerd" : $"'{expectation.Root.Name}' bestaat niet in het beleid op deze datum"]);

    private static bool Matches(ExpectedOutcome expected, Outcome actual, Resolution resolution) => expected switch
    {
        ExpectedOutcome.Satisfied => actual == Outcome.Satisfied,
        ExpectedOutcome.SatisfiedByException => actual == Outcome.Satisfied && resolution == Resolution.ByException,
        ExpectedOutcome.NotSatisfied => actual == Outcome.NotSatisfied,
        ExpectedOutcome.NotSatisfiedForJudgement => actual == Outcome.NotSatisfied && resolution == Resolution.ForJudgement,
        ExpectedOutcome.Unknown => actual == Outcome.Unknown,
        _ => actual == Outcome.NotApplicable,
    };

    public static string Describe(ExpectedOutcome outcome) => outcome switch
    {
        ExpectedOutcome.Satisfied => "voldaan",
        ExpectedOutcome.SatisfiedByException => "voldaan bij uitzondering",
        ExpectedOutcome.NotSatisfied => "niet voldaan",
        ExpectedOutcome.NotSatisfiedForJudgement => "niet voldaan (ter beoordeling)",
        ExpectedOutcome.Unknown => "onbekend",
        _ => "niet van toepassing",
    };

    public static string Describe(Outcome outcome, Resolution resolution) => (outcome, resolution) switch
    {
        (Outcome.Satisfied, Resolution.ByException) => "voldaan bij uitzondering",
        (Outcome.NotSatisfied, Resolution.ForJudgement) => "niet voldaan (ter beoordeling)",
        _ => outcome.ToDutch(),
    };

    /// <summary>Why a requirement came out as it did: its sentence, the deciding values, an exception, missing facts, and for a group its parts.</summary>
    public static IReadOnlyList<string> Explain(RequirementResult requirement)
    {
        var lines = new List<string>();
        if (requirement.Sentence is { } sentence)
        {
            lines.Add($"eis {requirement.Path} ({requirement.Location}): \"{Shorten(sentence)}\"");
        }
        else
        {
            lines.Add($"eis {requirement.Path} ({requirement.Location})");
        }

        if (requirement.Evidence.Count > 0)
        {
            lines.Add("waarom: " + string.Join("; ", requirement.Evidence));
        }

        if (requirement.ExceptionDescription is { } exception)
        {
            lines.Add($"uitzondering: \"{Shorten(exception)}\"");
        }

        if (requirement.DiscretionReason is { Length: > 0 } discretion)
        {
            lines.Add($"ter beoordeling: \"{Shorten(discretion)}\"");
        }

        if (requirement.MissingFacts.Count > 0)
        {
            lines.Add("ontbrekende gegevens: " + string.Join(", ", requirement.MissingFacts));
        }

        foreach (var child in requirement.Children)
        {
            lines.Add($"  {child.Name}: {Describe(child.Outcome, child.Resolution)}{Because(child)}");
        }

        return lines;
    }

    /// <summary>Why a set came out as it did: where it does not apply, which requirements fail or are unknown, and the missing facts.</summary>
    public static IReadOnlyList<string> Explain(RequirementSetResult set)
    {
        if (set.Outcome == Outcome.NotApplicable)
        {
            return Applicability(set);
        }

        var lines = new List<string>();
        var notSatisfied = set.AllRequirements().Where(r => r.Children.Count == 0 && r.Outcome != Outcome.Satisfied).ToList();
        var byException = set.AllRequirements().Where(r => r.Children.Count == 0 && r.Resolution == Resolution.ByException).ToList();
        var reasons = NotApplicableParts(set).Distinct().ToList();
        if (notSatisfied.Count == 0 && reasons.Count == 0)
        {
            lines.Add($"alle eisen van '{set.Name}' zijn voldaan");
        }

        lines.AddRange(reasons.Select(r => "reden: " + r));

        lines.AddRange(notSatisfied.Select(r => $"{r.Path}: {Describe(r.Outcome, r.Resolution)}{Judgement(r.DiscretionReason)}{Because(r)}"));
        if (set.DiscretionReason is not null || set.DiscretionEvidence.Count > 0)
        {
            lines.Add($"'{set.Name}': {Describe(set.Outcome, set.Resolution)}{Judgement(set.DiscretionReason)}"
                + (set.DiscretionEvidence.Count > 0 ? " — " + string.Join("; ", set.DiscretionEvidence) : string.Empty));
        }
        lines.AddRange(byException.Select(r => $"{r.Path}: voldaan bij uitzondering \"{Shorten(r.ExceptionDescription ?? string.Empty)}\"{Because(r)}"));
        if (set.MissingFacts.Count > 0)
        {
            lines.Add("ontbrekende gegevens: " + string.Join(", ", set.MissingFacts));
        }

        return lines;
    }

    /// <summary>The required included sets that do not apply, in this set and the sets it includes.</summary>
    private static IEnumerable<string> NotApplicableParts(RequirementSetResult set) =>
        set.NotApplicableParts.Concat(set.Included.SelectMany(NotApplicableParts));

    private static IReadOnlyList<string> Applicability(RequirementSetResult set) =>
        set.ApplicabilityEvidence.Count > 0
            ? [$"'{set.Name}' geldt niet voor deze aanbieder: {string.Join("; ", set.ApplicabilityEvidence)}"]
            : [$"'{set.Name}' geldt niet voor deze aanbieder"];

    private static string Judgement(string? reason) => reason is { Length: > 0 } ? $" \"{Shorten(reason)}\"" : string.Empty;

    private static string Because(RequirementResult result) =>
        result.Evidence.Count > 0 ? " — " + string.Join("; ", result.Evidence)
        : result.MissingFacts.Count > 0 ? " — ontbreekt: " + string.Join(", ", result.MissingFacts)
        : string.Empty;

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "…";
}
