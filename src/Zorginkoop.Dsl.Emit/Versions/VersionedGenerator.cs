using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Emit.Generation;
using Zorginkoop.Dsl.Emit.Naming;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Semantics.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Versions;

/// <summary>
/// Translates a policy with amendments into one compilation unit holding every version: the policy as published
/// in its usual namespace (its public typed API unchanged), each later version generated the same way into a
/// namespace of its own ("…Per20250901") with its types made internal, and a public <c>PolicyVersions</c> class
/// implementing <see cref="IPolicyVersions"/>: <c>PolicyVersions.Instance.AsOf(date)</c> picks the version,
/// <c>Amendments</c> lists dates and texts. A loader that looks for the one public <c>IPolicyEvaluator</c> still
/// finds the published <c>Policy</c>. A class that is the same in an earlier version is declared only there
/// (<see cref="SharedClasses"/>): most amendments change a few sets or a timeline, and Roslyn's time grows with the
/// text it compiles.
/// </summary>
public static class VersionedGenerator
{
    public const string VersionsClass = GeneratedNames.VersionsClass;

    public static GeneratedPolicy Generate(CheckedPolicy policy, string? policyIdentifier = null) => Generate(policy, policyIdentifier, shareClasses: true);

    /// <param name="shareClasses">
    /// Declare a class that no amendment changed once (<see cref="SharedClasses"/>); false generates every version in
    /// full, as builds did before, which the versioned-build benchmark measures against.
    /// </param>
    internal static GeneratedPolicy Generate(CheckedPolicy policy, string? policyIdentifier, bool shareClasses)
    {
        var published = policy.AsOf is null ? policy : policy.VersionOn(DateOnly.MinValue);
        // Laid out once, as a whole, below.
        var main = CSharpGenerator.Generate(published, policyIdentifier, layOut: false);
        var dates = published.VersionDates;
        // Shared, every version is generated into the published namespace, so that unchanged classes compare equal as
        // syntax, and SharedClasses then points each reference to the namespace its class is declared in.
        var identifiers = dates.Select(date => IdentifierSanitizer.Sanitize(main.PolicyIdentifier + "Per" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), pascalCase: true));
        List<VersionClasses> generated =
        [
            new(main.PolicyIdentifier, [.. NamespaceOf(main).Members]),
            .. dates.Zip(identifiers, (date, identifier) => new VersionClasses(identifier,
                [.. NamespaceOf(CSharpGenerator.Generate(published.VersionOn(date), shareClasses ? main.PolicyIdentifier : identifier, layOut: false)).Members])),
        ];
        var shared = shareClasses ? SharedClasses.Share(main.PolicyIdentifier, generated) : SharingResult.Unshared(generated);
        var evaluators = generated.Select((_, index) => $"global::{PolicyNaming.Namespace(shared.DeclaringNamespace(index, GeneratedNames.PolicyClass))}.{GeneratedNames.PolicyClass}.Instance");
        var versionsClass = ParseMemberDeclaration(VersionsSource(dates, evaluators, AmendmentListing.Describe(published)))!;
        List<MemberDeclarationSyntax> namespaces =
        [
            NamespaceDeclaration(NamespaceOf(main).Name).WithMembers(List([.. shared.Declared[0], versionsClass])),
            .. generated.Select((version, index) => (version.Identifier, Members: shared.Declared[index]))
                .Skip(1)
                .Where(v => v.Members.Count > 0)
                .Select(v => NamespaceDeclaration(ParseName(PolicyNaming.Namespace(v.Identifier))).WithMembers(List(v.Members.Select(Internal)))),
        ];

        var unit = CompilationUnit()
            .WithMembers(List(namespaces))
            .WithLeadingTrivia(main.Unit.GetLeadingTrivia())
            .NormalizeWhitespace(indentation: "    ", eol: "\n");
        return new GeneratedPolicy(unit, main.Namespace, main.PolicyIdentifier);
    }

    private static FileScopedNamespaceDeclarationSyntax NamespaceOf(GeneratedPolicy generated) =>
        generated.Unit.Members.OfType<FileScopedNamespaceDeclarationSyntax>().Single();

    /// <summary>Later versions are reached through <c>PolicyVersions</c> only: their types are not part of the public API.</summary>
    private static MemberDeclarationSyntax Internal(MemberDeclarationSyntax member)
    {
        var modifiers = member.Modifiers;
        var index = modifiers.IndexOf(SyntaxKind.PublicKeyword);
        return index < 0 ? member : member.WithModifiers(modifiers.Replace(modifiers[index], Token(SyntaxKind.InternalKeyword)));
    }

    /// <summary>The versions class as C#; every text goes through <see cref="StringLiteral.Quote"/>.</summary>
    private static string VersionsSource(IReadOnlyList<DateOnly> dates, IEnumerable<string> evaluators, IReadOnlyList<AmendmentInfo> amendments)
    {
        const string Runtime = "global::Zorginkoop.Dsl.Runtime.Evaluation";
        // StringLiteral also escapes bidirectional and zero-width characters, which Roslyn's own escaping leaves as they are.
        static string Text(string? value) => value is null ? "null" : StringLiteral.Quote(value);
        static string Date(DateOnly date) => $"new global::System.DateOnly({date.Year}, {date.Month}, {date.Day})";

        var source = new StringBuilder();
        source.Append($"public sealed class {VersionsClass} : {Runtime}.IPolicyVersions {{");
        source.Append($"public static readonly {VersionsClass} Instance = new {VersionsClass}();");
        source.Append($"private static readonly global::System.DateOnly[] VersionDates = new global::System.DateOnly[] {{ {string.Join(", ", dates.Select(Date))} }};");
        source.Append($"private static readonly {Runtime}.IPolicyEvaluator[] Evaluators = new {Runtime}.IPolicyEvaluator[] {{ {string.Join(", ", evaluators)} }};");
        source.Append($"private {VersionsClass}() {{ }}");
        source.Append($"public global::System.Collections.Generic.IReadOnlyList<{Runtime}.AmendmentInfo> Amendments {{ get; }} = new {Runtime}.AmendmentInfo[] {{");
        foreach (var amendment in amendments)
        {
            var changes = string.Join(", ", amendment.Changes.Select(Text));
            source.Append($"new {Runtime}.AmendmentInfo({Date(amendment.EffectiveDate)}, {Text(amendment.Title)}, {Text(amendment.Reason)}, {Text(amendment.Consequence)}, new string[] {{ {changes} }}),");
        }

        source.Append("};");
        source.Append($"public {Runtime}.IPolicyEvaluator Published => Evaluators[0];");
        source.Append($"public {Runtime}.IPolicyEvaluator AsOf(global::System.DateOnly date) => Evaluators[{Runtime}.PolicyVersionSelector.Index(VersionDates, date)];");
        source.Append('}');
        return source.ToString();
    }
}
