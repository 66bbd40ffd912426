using System.Text;

namespace Zorginkoop.Dsl.Runtime.Facts;

/// <summary>
/// Finds a name (a field of a record, a member of a keuze) by its UTF-8 bytes, as they stand in JSON, without
/// turning them into a string first: an open-addressing table keyed by an FNV-1a hash of the bytes. Read-only after
/// construction, so threads may share it.
/// </summary>
internal sealed class Utf8NameTable
{
    private readonly byte[][] names;
    private readonly uint[] hashes;
    private readonly int[] slots;
    private readonly int mask;

    public Utf8NameTable(IReadOnlyList<string> names)
    {
        Names = names;
        this.names = [.. names.Select(Encoding.UTF8.GetBytes)];
        hashes = [.. this.names.Select(n => Hash(n))];
        var size = 4;
        while (size < names.Count * 2)
        {
            size *= 2;
        }

        mask = size - 1;
        slots = Enumerable.Repeat(-1, size).ToArray();
        for (var i = 0; i < names.Count; i++)
        {
            // The first of two equal names wins, as a dictionary built from the list would keep it.
            if (IndexOf(this.names[i]) >= 0)
            {
                continue;
            }

            var slot = (int)(hashes[i] & (uint)mask);
            while (slots[slot] >= 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = i;
        }
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => names.Length;

    /// <summary>True when <paramref name="utf8"/> is exactly the name at <paramref name="index"/>: the cheap first guess.</summary>
    public bool Is(int index, ReadOnlySpan<byte> utf8) => (uint)index < (uint)names.Length && utf8.SequenceEqual(names[index]);

    public int IndexOf(ReadOnlySpan<byte> utf8)
    {
        var hash = Hash(utf8);
        for (var slot = (int)(hash & (uint)mask); slots[slot] >= 0; slot = (slot + 1) & mask)
        {
            var index = slots[slot];
            if (hashes[index] == hash && utf8.SequenceEqual(names[index]))
            {
                return index;
            }
        }

        return -1;
    }

    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
