using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Hosting;

/// <summary>
/// What a compiled policy assembly depends on, as a SHA-256: the compiler's own version (the module version ids of
/// the assemblies that read, check, lower and generate a policy, and Roslyn's), the entry path and the text of every
/// file (imports included, in order), the amendments applied (the version; for the policy as published, every
/// version date) and the identifier asked for. Two equal keys give byte-identical assemblies, because the build is
/// deterministic; anything the generated code could differ by is in the key.
/// </summary>
public sealed record PolicyCacheKey(string Hash)
{
    private static readonly Lazy<string> CompilerVersion = new(() =>
    {
        Assembly[] compiler =
        [
            typeof(Syntax.Text.SourceText).Assembly,              // Syntax
            typeof(CheckedPolicy).Assembly,                       // Semantics
            typeof(Runtime.Evaluation.IPolicyEvaluator).Assembly, // Runtime: what generated code calls
            typeof(PolicyBuilder).Assembly,                       // Emit
        ];
        // With deterministic builds the MVID is a hash of the assembly's content: a rebuilt compiler with any
        // change has a new one, an unchanged rebuild keeps it.
        var parts = compiler.Select(a => $"{a.GetName().Name}={a.ManifestModule.ModuleVersionId:N}").ToList();
        parts.AddRange(RoslynVersions(typeof(PolicyBuilder).Assembly));
        return string.Join(";", parts);
    });

    /// <summary>
    /// Roslyn's file versions, read from the files beside Emit without loading them: a key must not cost the
    /// interpreter (or a cache hit) the load of Roslyn. Falls back to the versions Emit was compiled against.
    /// </summary>
    private static IEnumerable<string> RoslynVersions(Assembly emit)
    {
        var folder = Path.GetDirectoryName(emit.Location);
        foreach (var reference in emit.GetReferencedAssemblies().Where(r => r.Name is "Microsoft.CodeAnalysis" or "Microsoft.CodeAnalysis.CSharp"))
        {
            var file = folder is { Length: > 0 } ? Path.Combine(folder, reference.Name + ".dll") : null;
            var version = file is not null && File.Exists(file)
                ? System.Diagnostics.FileVersionInfo.GetVersionInfo(file) is var info ? $"{info.ProductVersion}/{new FileInfo(file).Length}" : null
                : null;
            yield return $"{reference.Name}={version ?? reference.Version?.ToString()}";
        }
    }

    /// <summary>The compiler part of every key (for verbose output and tests).</summary>
    public static string Compiler => CompilerVersion.Value;

    public static PolicyCacheKey Of(CheckedPolicy policy, string? policyIdentifier = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string part)
        {
            // Length-prefixed, so no two sequences of parts run together into the same bytes.
            var bytes = Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        Add("zorginkoop-policy-assembly/1");
        Add(Compiler);
        Add(policyIdentifier ?? "-");
        Add(policy.EntryPath);
        foreach (var file in policy.Files)
        {
            Add(file.Text.Path);
            Add(file.Text.Content);
        }

        if (policy.AsOf is null && !policy.VersionDates.IsEmpty)
        {
            // As published: one assembly that holds every version.
            Add("published");
            foreach (var date in policy.VersionDates)
            {
                Add(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        else
        {
            // As of a date: the generated code depends only on which amendments are in effect, so every date of
            // one version shares an entry; a policy without dated amendments is one version, as published or on any date.
            Add("version");
            var inEffect = policy.AsOf is null ? [] : policy.AmendmentsInEffect.ToHashSet();
            for (var i = 0; i < policy.Amendments.Length; i++)
            {
                if (inEffect.Contains(policy.Amendments[i]))
                {
                    Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        return new PolicyCacheKey(Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public override string ToString() => Hash;
}
