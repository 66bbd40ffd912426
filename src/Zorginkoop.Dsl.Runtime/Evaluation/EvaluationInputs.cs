namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>Values an evaluation needs besides the facts: the date it is made on and, for start dates, the request date.</summary>
public sealed record EvaluationInputs(DateOnly? EvaluationDate = null, DateOnly? RequestDate = null)
{
    public static readonly EvaluationInputs None = new();
}
