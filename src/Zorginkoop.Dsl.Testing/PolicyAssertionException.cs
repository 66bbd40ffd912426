namespace Zorginkoop.Dsl.Testing;

/// <summary>
/// Thrown when a policy decides differently from what a test asserts, or cannot be loaded. Any test framework
/// reports it as a failure with its message, which holds expected, actual and the policy's explanation.
/// </summary>
public sealed class PolicyAssertionException(string message) : Exception(message);
