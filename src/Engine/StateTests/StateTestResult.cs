using Csevm.Primitives;

namespace Csevm.StateTests;

/// <summary>
/// The outcome of one vector (a test, a fork and the data/gas/value indexes), or of a whole file
/// that could not be read (then <see cref="Fork"/> is null and <see cref="Error"/> says why).
/// <see cref="Skipped"/> vectors were filtered out by the run's options and not executed.
/// </summary>
public sealed record StateTestResult(
    string File,
    string Name,
    string? Fork,
    int Data,
    int Gas,
    int Value,
    bool Pass,
    Hash256? StateRoot,
    Hash256? ExpectedRoot,
    string? Error,
    bool Skipped = false)
{
    public bool IsFileError => Fork is null;

    public static StateTestResult FileError(StateTestFile file) => new(file.Name, file.Name, null, -1, -1, -1, false, null, null, file.Error);
}
