namespace Csevm.Tests.Fixtures;

/// <summary>
/// Where the shared official fixtures live: ../shared/fixtures beside the repository root (the
/// directory holding Engine.sln), or CSEVM_FIXTURES when set.
/// </summary>
public static class FixturePaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The fixtures directory (…/shared/fixtures).</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path below the fixtures directory, e.g. Of("trie_tests/ethereum-tests/TrieTests").</summary>
    public static string Of(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CSEVM_FIXTURES");
        if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures"));
                if (Directory.Exists(candidate)) return candidate;
                throw new DirectoryNotFoundException($"fixtures not found at {candidate}; set CSEVM_FIXTURES");
            }
        }
        throw new DirectoryNotFoundException("repository root (Engine.sln) not found above " + AppContext.BaseDirectory);
    }
}
