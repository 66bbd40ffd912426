namespace Zorginkoop.Dsl.Benchmarks;

/// <summary>The repository root (where Zorginkoop.Dsl.sln is), found upwards from the working directory or the binaries.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Environment.GetEnvironmentVariable("ZORGINKOOP_REPO"), Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = start is null ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Zorginkoop.Dsl.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Zorginkoop.Dsl.sln not found; set ZORGINKOOP_REPO to the repository root.");
    }
}
