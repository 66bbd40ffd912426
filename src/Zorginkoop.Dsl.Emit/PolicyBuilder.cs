using System.Collections.Immutable;
using System.Diagnostics;
using Zorginkoop.Dsl.Emit.Compilation;
using Zorginkoop.Dsl.Emit.Generation;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Emit;

/// <summary>
/// The back end in one call: translates a checked policy into a verified assembly (generate C#, compile with
/// Roslyn, check the references), and loads or writes the result. Never throws on a policy; a policy with
/// errors is not compiled and its diagnostics come back unchanged.
/// </summary>
public static class PolicyBuilder
{
    public static BuildResult Build(CheckedPolicy policy, string? policyIdentifier = null) => Build(policy, policyIdentifier, shareVersionClasses: true);

    /// <param name="shareVersionClasses">False builds every version in full, as before classes were shared: the versioned-build benchmark's baseline.</param>
    internal static BuildResult Build(CheckedPolicy policy, string? policyIdentifier, bool shareVersionClasses)
    {
        if (policy.HasErrors)
        {
            return BuildResult.Failed(policy.Diagnostics, string.Empty, string.Empty);
        }

        var clock = Stopwatch.StartNew();
        GeneratedPolicy generated;
        try
        {
            // The policy as published carries every version (PolicyVersions.AsOf); a model as of a date is that version only.
            generated = policy.AsOf is null && !policy.VersionDates.IsEmpty
                ? Versions.VersionedGenerator.Generate(policy, policyIdentifier, shareVersionClasses)
                : CSharpGenerator.Generate(policy, policyIdentifier);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return BuildResult.Failed([.. policy.Diagnostics, DiagnosticCatalog.InternalError($"het genereren van C# faalde: {e.GetType().Name}: {e.Message}")], string.Empty, string.Empty);
        }

        var source = generated.Source;
        var generateTime = clock.Elapsed;
        var compiled = AssemblyCompiler.Compile(generated);
        var compileTime = clock.Elapsed - generateTime;
        var diagnostics = policy.Diagnostics.AddRange(compiled.Diagnostics);
        if (!compiled.Success)
        {
            return BuildResult.Failed(diagnostics, source, generated.EntryTypeName);
        }

        var findings = AssemblyReferenceVerifier.Verify(compiled.Dll);
        if (!findings.IsEmpty)
        {
            return BuildResult.Failed(diagnostics.AddRange(findings), source, generated.EntryTypeName);
        }

        return new BuildResult(diagnostics, compiled.Dll, compiled.Pdb, source)
        {
            AssemblyName = compiled.AssemblyName,
            EntryTypeName = generated.EntryTypeName,
            GenerateTime = generateTime,
            CompileTime = compileTime,
        };
    }

    /// <summary>Loads a successful build into a fresh collectible context and returns its evaluator.</summary>
    public static IPolicyEvaluator LoadEvaluator(BuildResult result) => Load(result).Evaluator;

    public static LoadedPolicyAssembly Load(BuildResult result)
    {
        if (!result.Success)
        {
            throw new InvalidOperationException("Only a successful build can be loaded; see BuildResult.Diagnostics.");
        }

        var context = new PolicyLoadContext(result.AssemblyName);
        using var dll = new MemoryStream(result.Dll, writable: false);
        using var pdb = new MemoryStream(result.Pdb, writable: false);
        return LoadedPolicyAssembly.Create(context, context.LoadFromStream(dll, pdb), result.EntryTypeName);
    }

    /// <summary>Loads a policy assembly written by <see cref="Write"/> (or by a build system) into a collectible context.</summary>
    public static LoadedPolicyAssembly LoadFromFile(string dllPath)
    {
        var full = Path.GetFullPath(dllPath);
        var context = new PolicyLoadContext(Path.GetFileNameWithoutExtension(full));
        // Loaded from bytes, so the file is not locked and can be rebuilt while the policy is in use.
        using var dll = new MemoryStream(File.ReadAllBytes(full), writable: false);
        var pdbPath = Path.ChangeExtension(full, ".pdb");
        using var pdb = File.Exists(pdbPath) ? new MemoryStream(File.ReadAllBytes(pdbPath), writable: false) : null;
        return LoadedPolicyAssembly.Create(context, context.LoadFromStream(dll, pdb), null);
    }

    /// <summary>
    /// Writes the .dll and, beside it, the .pdb, atomically: both go to temporary files in the same directory
    /// first, and only when both are complete are they renamed over the old pair, so an interrupted or failed
    /// write leaves the previous assembly and its .pdb as they were. Returns ZI9005 diagnostics instead of throwing.
    /// </summary>
    public static ImmutableArray<Diagnostic> Write(BuildResult result, string dllPath) => Write(result, dllPath, OpenTemporary);

    /// <summary>The same, with the temporary files opened by <paramref name="openTemporary"/>: tests make a write fail halfway.</summary>
    internal static ImmutableArray<Diagnostic> Write(BuildResult result, string dllPath, Func<string, Stream> openTemporary)
    {
        if (!result.Success)
        {
            throw new InvalidOperationException("Only a successful build can be written; see BuildResult.Diagnostics.");
        }

        var pdbPath = Path.ChangeExtension(dllPath, ".pdb");
        var written = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var (path, bytes) in new[] { (dllPath, result.Dll), (pdbPath, result.Pdb) })
            {
                var full = Path.GetFullPath(path);
                var directory = Path.GetDirectoryName(full)!;
                Directory.CreateDirectory(directory);
                var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
                written.Add((temporary, full));
                using var stream = openTemporary(temporary);
                stream.Write(bytes);
                if (stream is FileStream file)
                {
                    file.Flush(flushToDisk: true);
                }
            }

            // The .pdb first: whoever sees the new .dll finds its own .pdb beside it.
            foreach (var (temporary, target) in Enumerable.Reverse(written))
            {
                File.Move(temporary, target, overwrite: true);
            }

            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var (temporary, _) in written)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
                {
                    // The original error is the one worth reporting.
                }
            }

            return [DiagnosticCatalog.WriteFailed(dllPath, e is UnauthorizedAccessException ? "geen schrijfrechten." : e.Message)];
        }
    }

    private static Stream OpenTemporary(string path) => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
}

/// <summary>
/// A build of one policy: the diagnostics (the policy's own plus any internal errors), the assembly and PDB
/// bytes (empty on failure) and the generated C#. Only the timings vary between identical builds.
/// </summary>
public sealed record BuildResult(ImmutableArray<Diagnostic> Diagnostics, byte[] Dll, byte[] Pdb, string GeneratedSource)
{
    public string AssemblyName { get; init; } = string.Empty;

    /// <summary>The full name of the generated <c>Policy</c> class.</summary>
    public string EntryTypeName { get; init; } = string.Empty;

    public TimeSpan GenerateTime { get; init; }

    public TimeSpan CompileTime { get; init; }

    public bool Success => Dll.Length > 0 && !Diagnostics.Any(d => d.IsError);

    internal static BuildResult Failed(ImmutableArray<Diagnostic> diagnostics, string source, string entryTypeName) =>
        new(diagnostics, [], [], source) { EntryTypeName = entryTypeName };
}
