using System.Formats.Tar;
using System.IO.Compression;

namespace Csevm.StateTests;

/// <summary>
/// Finds fixture files and reads them one at a time: a single file, a directory (every *.json
/// below it, in ordinal path order) or a .tar.gz archive read in place (its *.json members, in
/// archive order; nothing is extracted). Read failures become <see cref="FixtureFile"/>s with an
/// error, so a bad file or a truncated archive never ends the enumeration with an exception.
/// </summary>
public static class FixtureSource
{
    public static IEnumerable<FixtureFile> Enumerate(string path)
    {
        if (Directory.Exists(path))
            return EnumerateDirectory(path);
        if (IsArchive(path))
            return EnumerateArchive(path);
        return [ReadFile(path)];
    }

    /// <summary>Enumerates several paths in turn.</summary>
    public static IEnumerable<FixtureFile> Enumerate(IEnumerable<string> paths) => paths.SelectMany(Enumerate);

    public static bool IsArchive(string path) =>
        path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<FixtureFile> EnumerateDirectory(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).ToList();
        files.Sort(StringComparer.Ordinal);
        return files.Select(ReadFile);
    }

    private static FixtureFile ReadFile(string path)
    {
        try { return new FixtureFile(path, File.ReadAllBytes(path), null); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new FixtureFile(path, null, $"cannot read: {e.Message}");
        }
    }

    private static IEnumerable<FixtureFile> EnumerateArchive(string archive)
    {
        Stream? file = null;
        TarReader? reader = null;
        string? openError = null;
        try
        {
            file = File.OpenRead(archive);
            reader = new TarReader(new GZipStream(file, CompressionMode.Decompress), leaveOpen: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            openError = $"cannot open archive: {e.Message}";
            file?.Dispose();
        }
        if (openError is not null)
        {
            yield return new FixtureFile(archive, null, openError);
            yield break;
        }
        using (reader)
        {
            while (true)
            {
                // An exception inside the stream (truncated gzip, bad tar header) ends the archive: no
                // entry after it can be found, so report it once and stop.
                var next = NextMember(reader!, archive);
                if (next is null) yield break;
                yield return next;
                if (next.Error is not null) yield break;
            }
        }
    }

    /// <summary>The next *.json member with its bytes, an error, or null at the end of the archive.</summary>
    private static FixtureFile? NextMember(TarReader reader, string archive)
    {
        string name = archive;
        try
        {
            while (reader.GetNextEntry(copyData: false) is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
                if (!entry.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) continue;
                name = $"{archive}!/{entry.Name}";
                if (entry.DataStream is null) return new FixtureFile(name, [], null);
                var content = new byte[entry.Length];
                entry.DataStream.ReadExactly(content);
                return new FixtureFile(name, content, null);
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or EndOfStreamException or FormatException)
        {
            return new FixtureFile(name, null, $"archive is damaged: {e.Message}");
        }
    }
}
