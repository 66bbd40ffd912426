using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Zorginkoop.Dsl.Emit.Compilation;

/// <summary>Whether a .pdb belongs to an assembly: the check a reader makes so that a pair from two builds is never used together.</summary>
internal static class DebugSymbols
{
    /// <summary>
    /// True when <paramref name="pdb"/> is the portable .pdb <paramref name="dll"/> was built with: the assembly's
    /// CodeView debug entry carries the .pdb's id (a GUID and a time stamp, content hashes in a deterministic build).
    /// </summary>
    public static bool Match(byte[] dll, byte[] pdb)
    {
        try
        {
            using var assembly = new PEReader(new MemoryStream(dll, writable: false));
            var codeView = assembly.ReadDebugDirectory().FirstOrDefault(e => e.Type == DebugDirectoryEntryType.CodeView);
            if (codeView.Type != DebugDirectoryEntryType.CodeView)
            {
                return false;
            }

            var expected = assembly.ReadCodeViewDebugDirectoryData(codeView);
            using var symbols = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdb, writable: false));
            var id = new BlobContentId(symbols.GetMetadataReader().DebugMetadataHeader!.Id);
            return id.Guid == expected.Guid && id.Stamp == codeView.Stamp;
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or ArgumentException)
        {
            // Not a portable .pdb, or not a .pdb at all: certainly not this assembly's.
            return false;
        }
    }
}
