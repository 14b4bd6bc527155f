using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Csevm.Tests.Execution.Transactions;

/// <summary>The JSON files of a fixture set, whether a directory or a .tar.gz read in place.</summary>
internal static class FixtureFiles
{
    /// <summary>Every .json file under a directory, or every .json entry of a .tar.gz, as (name, text).</summary>
    public static IEnumerable<(string Name, string Json)> Read(string path)
    {
        if (path.EndsWith(".tar.gz", StringComparison.Ordinal))
        {
            using var archive = new TarReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
            while (archive.GetNextEntry() is { } entry)
            {
                if (entry.DataStream is null || !entry.Name.EndsWith(".json", StringComparison.Ordinal)) continue;
                using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
                yield return (entry.Name, reader.ReadToEnd());
            }
            yield break;
        }
        foreach (var file in Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return (Path.GetRelativePath(path, file), File.ReadAllText(file));
    }
}
