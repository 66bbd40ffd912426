using System.Runtime.InteropServices;

namespace Zorginkoop.Dsl.Semantics.FileSystem;

/// <summary>What a path is on disk, following symbolic links.</summary>
public enum FileKind
{
    /// <summary>Nothing there, a broken link or a loop of links.</summary>
    Missing,
    Regular,
    Directory,

    /// <summary>A named pipe, a device or a socket: opening or reading it may block forever or never end.</summary>
    Special,
}

/// <summary>
/// Tells a regular file from a named pipe, device or socket before it is opened. .NET reports none of these (a
/// FIFO is just "a file" to <see cref="File.Exists"/>, and opening it for reading blocks until a writer comes), so
/// on Linux this asks the kernel through <c>statx</c>, whose result layout is the same on every architecture.
/// Elsewhere it falls back to what .NET can tell.
/// </summary>
public static class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    private static bool statxMissing = !OperatingSystem.IsLinux();

    public static FileKind Of(string path)
    {
        if (!statxMissing)
        {
            try
            {
                var buffer = new byte[256];
                if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0)
                {
                    return FileKind.Missing;
                }

                return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) switch
                {
                    RegularType => FileKind.Regular,
                    DirectoryType => FileKind.Directory,
                    _ => FileKind.Special,
                };
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // An old C library without statx: fall back for the rest of the run.
                statxMissing = true;
            }
        }

        return File.Exists(path) ? FileKind.Regular : Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
    }

    /// <summary>In Dutch, what a special file is, for messages ("een pipe, apparaat of socket").</summary>
    public const string SpecialDescription = "een pipe, apparaat of socket";

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] result);
}
