using System.Collections.Immutable;
using System.Diagnostics;
using Zorginkoop.Dsl.Emit.Compilation;
using Zorginkoop.Dsl.Emit.Generation;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Semantics.FileSystem;
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
            Documentation = compiled.Documentation,
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

    /// <summary>
    /// Loads a policy assembly written by <see cref="Write"/> (or by a build system) into a collectible context. Its
    /// .pdb is used only when it is the one this assembly was built with (the ids in both match): a build killed
    /// between its renames, or a .pdb copied from elsewhere, never lends an assembly another build's symbols.
    /// </summary>
    public static LoadedPolicyAssembly LoadFromFile(string dllPath)
    {
        var full = Path.GetFullPath(dllPath);
        var context = new PolicyLoadContext(Path.GetFileNameWithoutExtension(full));
        // Loaded from bytes, so the file is not locked and can be rebuilt while the policy is in use.
        var dllBytes = File.ReadAllBytes(full);
        using var dll = new MemoryStream(dllBytes, writable: false);
        var pdbPath = Path.ChangeExtension(full, ".pdb");
        var pdbBytes = File.Exists(pdbPath) ? File.ReadAllBytes(pdbPath) : null;
        using var pdb = pdbBytes is not null && DebugSymbols.Match(dllBytes, pdbBytes) ? new MemoryStream(pdbBytes, writable: false) : null;
        return LoadedPolicyAssembly.Create(context, context.LoadFromStream(dll, pdb), null);
    }

    /// <summary>
    /// Writes the .dll and, beside it, the .pdb through <see cref="AtomicFile.WriteAll"/>: both complete before either
    /// is renamed, the .pdb first, so an interrupted or failed write leaves the previous assembly, and a kill between
    /// the two renames leaves the previous assembly beside a .pdb that <see cref="LoadFromFile"/> sees is not its own.
    /// Returns ZI9005 diagnostics instead of throwing.
    /// </summary>
    public static ImmutableArray<Diagnostic> Write(BuildResult result, string dllPath) => Write(result, dllPath, null);

    /// <summary>The same, with the temporary files opened by <paramref name="openTemporary"/>: tests make a write fail halfway.</summary>
    internal static ImmutableArray<Diagnostic> Write(BuildResult result, string dllPath, Func<string, Stream>? openTemporary)
    {
        if (!result.Success)
        {
            throw new InvalidOperationException("Only a successful build can be written; see BuildResult.Diagnostics.");
        }

        try
        {
            // The .xml (IntelliSense) and the .pdb before the .dll: a kill between renames never leaves a new .dll
            // with the old documentation of another build's symbols.
            List<(string, Action<Stream>)> files = [(Path.ChangeExtension(dllPath, ".pdb"), stream => stream.Write(result.Pdb))];
            if (result.Documentation.Length > 0)
            {
                files.Add((Path.ChangeExtension(dllPath, ".xml"), stream => stream.Write(result.Documentation)));
            }

            files.Add((dllPath, stream => stream.Write(result.Dll)));
            AtomicFile.WriteAll(files, openTemporary);
            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [DiagnosticCatalog.WriteFailed(dllPath, e is UnauthorizedAccessException ? "geen schrijfrechten." : e.Message)];
        }
    }

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

    /// <summary>The XML documentation of the typed API, written beside the .dll as .xml; empty when there is none.</summary>
    public byte[] Documentation { get; init; } = [];

    public TimeSpan GenerateTime { get; init; }

    public TimeSpan CompileTime { get; init; }

    public bool Success => Dll.Length > 0 && !Diagnostics.Any(d => d.IsError);

    internal static BuildResult Failed(ImmutableArray<Diagnostic> diagnostics, string source, string entryTypeName) =>
        new(diagnostics, [], [], source) { EntryTypeName = entryTypeName };
}
