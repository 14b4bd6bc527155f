namespace Csevm.StateTests;

/// <summary>
/// The tests of one fixture file, or why the file could not be read. A bad file never stops a
/// run: it becomes one of these with <see cref="Error"/> set and no tests.
/// </summary>
public sealed record StateTestFile(string Name, IReadOnlyList<StateTest> Tests, string? Error)
{
    public bool IsValid => Error is null;

    public int VectorCount => Tests.Sum(t => t.Post.Count);
}
