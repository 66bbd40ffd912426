using System.Security.Cryptography;
using System.Text;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Hosting;

/// <summary>
/// The folder of compiled policy assemblies shared by every process of this user: one file per
/// <see cref="PolicyCacheKey"/> (<c>&lt;key&gt;.zca</c>: a header, the assembly and its PDB, and a SHA-256 over them).
/// <list type="bullet">
/// <item>Where: <c>$ZORGINKOOP_CACHE</c>, else <c>$XDG_CACHE_HOME/zorginkoop</c>, else <c>~/.cache/zorginkoop</c>;
/// <c>ZORGINKOOP_CACHE=off</c> turns it off.</item>
/// <item>Safe under concurrent processes: an entry is written to a temporary file in the same folder and renamed
/// into place, so a reader sees a whole entry or none; two processes that miss at once both compile and the
/// second rename wins with identical bytes.</item>
/// <item>A damaged or partial entry (wrong header, length or checksum) is a miss: it is removed, rebuilt, and
/// reported as ZI9403 (shown only under <c>ZORGINKOOP_VERBOSE=1</c>).</item>
/// <item>Bounded: after each write, entries are removed least recently used first (a hit touches the file's
/// modification time) until the folder is within <c>ZORGINKOOP_CACHE_LIMIT_MB</c> (default 256); the entry just
/// written always stays.</item>
/// </list>
/// The cache never fails a command: every I/O problem makes it a miss (ZI9404 under verbose).
/// </summary>
public sealed class PolicyAssemblyCache
{
    public const int DefaultLimitMegabytes = 256;

    /// <summary>The value of <c>ZORGINKOOP_CACHE</c> that turns the cache off (also <c>0</c>, <c>uit</c> and <c>none</c>).</summary>
    public const string Off = "off";

    private const string Extension = ".zca";
    // Version 2 holds the XML documentation too; an entry of version 1 reads as unknown and is built again.
    private static readonly byte[] Magic = "ZKCA\u0002\n"u8.ToArray();

    public PolicyAssemblyCache(string folder, long limitBytes)
    {
        Folder = Path.GetFullPath(folder);
        LimitBytes = limitBytes;
    }

    /// <summary>The folder the entries live in (a versioned subfolder of the user's cache folder).</summary>
    public string Folder { get; }

    public long LimitBytes { get; }

    /// <summary>
    /// The cache as the environment describes it, or null when <c>ZORGINKOOP_CACHE=off</c> or no home folder is
    /// known. <paramref name="warnings"/> gets ZI9405 for a limit that is not a number.
    /// </summary>
    public static PolicyAssemblyCache? FromEnvironment(ICollection<Diagnostic>? warnings = null)
    {
        var setting = Environment.GetEnvironmentVariable("ZORGINKOOP_CACHE");
        if (setting is { } s && s.Trim().ToLowerInvariant() is Off or "0" or "uit" or "none" or "false")
        {
            return null;
        }

        var root = !string.IsNullOrWhiteSpace(setting) ? setting
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "zorginkoop")
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache", "zorginkoop")
            : null;
        if (root is null)
        {
            return null;
        }

        long megabytes = DefaultLimitMegabytes;
        if (Environment.GetEnvironmentVariable("ZORGINKOOP_CACHE_LIMIT_MB") is { Length: > 0 } limit)
        {
            if (long.TryParse(limit.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                megabytes = parsed;
            }
            else
            {
                warnings?.Add(DiagnosticCatalog.CacheLimitInvalid(limit, DefaultLimitMegabytes));
            }
        }

        return new PolicyAssemblyCache(Path.Combine(root, "assemblies", "v1"), megabytes * 1024 * 1024);
    }

    public string EntryPath(PolicyCacheKey key) => Path.Combine(Folder, key.Hash + Extension);

    /// <summary>Whether an entry exists (without reading it): what <see cref="Engine.Auto"/> decides on.</summary>
    public bool Contains(PolicyCacheKey key) => File.Exists(EntryPath(key));

    /// <summary>The build stored under <paramref name="key"/>, or null; a damaged entry is removed and reported.</summary>
    public BuildResult? TryLoad(PolicyCacheKey key, ICollection<Diagnostic> warnings)
    {
        var path = EntryPath(key);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add(DiagnosticCatalog.CacheFolderUnusable(Folder, e.Message));
            return null;
        }

        var (entry, problem) = Decode(bytes);
        if (entry is null)
        {
            warnings.Add(DiagnosticCatalog.CacheEntryDamaged(path, problem!));
            TryDelete(path);
            return null;
        }

        // Least recently used: a hit makes the entry young again.
        Try(() => File.SetLastWriteTimeUtc(path, DateTime.UtcNow));
        return entry;
    }

    /// <summary>Stores a successful build under <paramref name="key"/>, then evicts down to the limit. Returns the entry's path, or null when it could not be written.</summary>
    public string? Store(PolicyCacheKey key, BuildResult build, ICollection<Diagnostic> warnings)
    {
        var path = EntryPath(key);
        string? temporary = null;
        try
        {
            Directory.CreateDirectory(Folder);
            temporary = Path.Combine(Folder, $".{key.Hash}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Encode(build));
            }

            File.Move(temporary, path, overwrite: true);
            temporary = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add(DiagnosticCatalog.CacheFolderUnusable(Folder, e is UnauthorizedAccessException ? "geen schrijfrechten" : e.Message));
            if (temporary is not null)
            {
                TryDelete(temporary);
            }

            return null;
        }

        Evict(keep: path);
        return path;
    }

    /// <summary>Removes entries, least recently used first, until the folder is within the limit; and temporary files of processes that died (older than an hour).</summary>
    public void Evict(string? keep = null)
    {
        FileInfo[] files;
        try
        {
            files = new DirectoryInfo(Folder).GetFiles();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        var entries = new List<FileInfo>();
        foreach (var file in files)
        {
            if (file.Name.EndsWith(".tmp", StringComparison.Ordinal))
            {
                if (file.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1))
                {
                    TryDelete(file.FullName);
                }
            }
            else if (file.Name.EndsWith(Extension, StringComparison.Ordinal))
            {
                entries.Add(file);
            }
        }

        var total = entries.Sum(f => f.Length);
        foreach (var oldest in entries.OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal))
        {
            if (total <= LimitBytes)
            {
                break;
            }

            if (string.Equals(oldest.FullName, keep, StringComparison.Ordinal))
            {
                continue;
            }

            if (TryDelete(oldest.FullName))
            {
                total -= oldest.Length;
            }
        }
    }

    /// <summary>magic · assembly name · entry type · dll, pdb and xml lengths · SHA-256(dll ‖ pdb ‖ xml) · dll · pdb · xml.</summary>
    internal static byte[] Encode(BuildResult build)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(build.AssemblyName);
            writer.Write(build.EntryTypeName);
            writer.Write(build.Dll.Length);
            writer.Write(build.Pdb.Length);
            writer.Write(build.Documentation.Length);
            writer.Write(Checksum(build.Dll, build.Pdb, build.Documentation));
            writer.Write(build.Dll);
            writer.Write(build.Pdb);
            writer.Write(build.Documentation);
        }

        return memory.ToArray();
    }

    internal static (BuildResult? Entry, string? Problem) Decode(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                return (null, "onbekende kop");
            }

            var assemblyName = reader.ReadString();
            var entryType = reader.ReadString();
            var dllLength = reader.ReadInt32();
            var pdbLength = reader.ReadInt32();
            var xmlLength = reader.ReadInt32();
            var checksum = reader.ReadBytes(32);
            var rest = bytes.Length - reader.BaseStream.Position;
            if (dllLength <= 0 || pdbLength < 0 || xmlLength < 0 || rest != (long)dllLength + pdbLength + xmlLength)
            {
                return (null, $"{bytes.Length} bytes, lengte klopt niet");
            }

            var dll = reader.ReadBytes(dllLength);
            var pdb = reader.ReadBytes(pdbLength);
            var xml = reader.ReadBytes(xmlLength);
            if (!checksum.AsSpan().SequenceEqual(Checksum(dll, pdb, xml)))
            {
                return (null, "controlegetal klopt niet");
            }

            return (new BuildResult([], dll, pdb, string.Empty) { AssemblyName = assemblyName, EntryTypeName = entryType, Documentation = xml }, null);
        }
        catch (EndOfStreamException)
        {
            return (null, $"afgebroken na {bytes.Length} bytes");
        }
    }

    private static byte[] Checksum(byte[] dll, byte[] pdb, byte[] xml)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(dll);
        hash.AppendData(pdb);
        hash.AppendData(xml);
        return hash.GetHashAndReset();
    }

    private static bool TryDelete(string path) => Try(() => File.Delete(path));

    private static bool Try(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
