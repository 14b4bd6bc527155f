namespace Csevm.StateTests;

/// <summary>
/// A fixture file that does not follow the state-test format. The message names where the
/// problem is (test, section, field), built up as the exception passes each level.
/// </summary>
public sealed class FixtureFormatException : FormatException
{
    public FixtureFormatException(string message, Exception? inner = null) : base(message, inner) { }

    /// <summary>The same problem one level further out, e.g. "balance: ..." becomes "pre.0xab..: balance: ...".</summary>
    public static FixtureFormatException At(string location, Exception problem) =>
        new($"{location}: {problem.Message}", problem is FixtureFormatException ? problem.InnerException : problem);
}
