namespace Csevm.StateTests;

/// <summary>
/// Loads state tests from files, directories and .tar.gz archives, one file at a time (see
/// <see cref="FixtureSource"/> and <see cref="StateTestParser"/>). Bad files come back as
/// <see cref="StateTestFile"/>s with an error; the enumeration always goes on.
/// </summary>
public static class StateTestLoader
{
    public static IEnumerable<StateTestFile> Load(string path) => FixtureSource.Enumerate(path).Select(StateTestParser.Parse);

    public static IEnumerable<StateTestFile> Load(IEnumerable<string> paths) => FixtureSource.Enumerate(paths).Select(StateTestParser.Parse);
}
