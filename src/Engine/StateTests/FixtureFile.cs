namespace Csevm.StateTests;

/// <summary>
/// The raw bytes of one fixture file, named by its path (an archive member is named
/// <c>archive.tar.gz!/member/path.json</c>), or the reason it could not be read.
/// </summary>
public sealed record FixtureFile(string Name, byte[]? Content, string? Error);
