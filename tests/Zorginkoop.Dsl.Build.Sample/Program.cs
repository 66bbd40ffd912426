using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Policies.Huisartsen;

// The generated, typed API of policies/huisartsen.zip (compiled by Zorginkoop.Dsl.Build during this build):
// a class per `gegevens` (Praktijk), constants per `keuze` (Soort), a static evaluator per `eisen` set
// (Huisartsenzorg, Basis) and Policy.Instance, which lists what the policy contains without reflection.
var failures = 0;

var deLinde = new Praktijk
{
    Soort = Soort.Huisartsenpraktijk,
    Naam = "Huisartsenpraktijk De Linde",
    AgbCode = "01234567",
    FteHuisarts = 1.6m,
    IngeschrevenPatienten = 4_200,
    GecontracteerdVoor2026 = false,
};
var onDate = new EvaluationInputs(EvaluationDate: new DateOnly(2026, 1, 1));

var result = Huisartsenzorg.Evaluate(deLinde, onDate);
Expect("Huisartsenzorg voor De Linde", result.Outcome, Outcome.Satisfied);

deLinde.FteHuisarts = 1.2m;
var understaffed = Huisartsenzorg.Evaluate(deLinde, onDate);
var bezetting = understaffed.AllRequirements().Single(r => r.Name == "bezetting");
Expect("Huisartsenzorg met 1,2 fte", understaffed.Outcome, Outcome.NotSatisfied);
Console.WriteLine($"  waarom: {string.Join("; ", bezetting.Evidence)}");

deLinde.GecontracteerdVoor2026 = true;
Expect("Huisartsenzorg met 1,2 fte, gecontracteerd vóór 2026", Huisartsenzorg.Check(deLinde, onDate), Outcome.Satisfied);

var apotheek = new Praktijk { Soort = Soort.Apotheek, AgbCode = "07654321" };
Expect("Huisartsenzorg voor een apotheek", Huisartsenzorg.Check(apotheek, onDate), Outcome.NotApplicable);
Expect("Basis voor een apotheek", Basis.Check(apotheek, onDate), Outcome.Satisfied);

var unknown = Huisartsenzorg.Evaluate(new Praktijk { Soort = Soort.Huisartsenpraktijk, AgbCode = "01234567" }, onDate);
Expect("Huisartsenzorg zonder fte", unknown.Outcome, Outcome.Unknown);
Console.WriteLine($"  ontbreekt: {string.Join(", ", unknown.MissingFacts)}");

IPolicyEvaluator policy = Policy.Instance;
Console.WriteLine($"{policy.Info.Title} ({policy.Info.Insurer}): {string.Join(", ", policy.Info.RequirementSets.Select(s => s.Name))}");

Console.WriteLine(failures == 0 ? "Alle verwachtingen kloppen." : $"{failures} verwachting(en) kloppen niet.");
return failures == 0 ? 0 : 1;

void Expect(string what, Outcome actual, Outcome expected)
{
    var ok = actual == expected;
    failures += ok ? 0 : 1;
    Console.WriteLine($"{(ok ? "ok" : "FOUT")}: {what}: {actual.ToDutch()}{(ok ? string.Empty : $" (verwacht {expected.ToDutch()})")}");
}
