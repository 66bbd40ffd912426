using Microsoft.CodeAnalysis;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>
/// What IntelliSense shows for a member of the generated typed API (a field's description from the policy), kept as a
/// syntax annotation on the member, not as a <c>///</c> comment: policy text never becomes C# text, so nothing in a
/// description can end a comment and reach code. <see cref="Compilation.DocumentationFile"/> turns the annotations
/// into the .xml documentation file beside the assembly.
/// </summary>
public static class DocumentationComment
{
    public const string AnnotationKind = "zorginkoop-summary";

    public static T WithSummary<T>(this T member, string? summary) where T : SyntaxNode =>
        string.IsNullOrWhiteSpace(summary) ? member : member.WithAdditionalAnnotations(new SyntaxAnnotation(AnnotationKind, summary));
}
