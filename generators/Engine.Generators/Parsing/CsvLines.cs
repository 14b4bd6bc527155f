using System.Collections.Generic;
using Csevm.Generators.Model;

namespace Csevm.Generators.Parsing;

/// <summary>A data line of a spec file: its 1-based line number and its comma-separated cells, trimmed.</summary>
internal readonly struct CsvLine
{
    public CsvLine(int number, string[] cells) { Number = number; Cells = cells; }
    public int Number { get; }
    public string[] Cells { get; }
}

/// <summary>Splits spec text into lines, skipping blank lines and '#' comments (the spec files carry no quoted cells).</summary>
internal static class CsvLines
{
    public static IEnumerable<CsvLine> Read(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split(',');
            for (int c = 0; c < cells.Length; c++) cells[c] = cells[c].Trim();
            yield return new CsvLine(i + 1, cells);
        }
    }

    /// <summary>The data lines after the header line, which must be <paramref name="header"/> (reported in <paramref name="errors"/> if not).</summary>
    public static IEnumerable<CsvLine> ReadTable(string path, string text, string header, List<SpecError> errors)
    {
        bool first = true;
        foreach (var line in Read(text))
        {
            if (first)
            {
                first = false;
                if (string.Join(",", line.Cells) != header)
                    errors.Add(new SpecError(path, line.Number, $"expected the header '{header}'"));
                continue;
            }
            yield return line;
        }
        if (first) errors.Add(new SpecError(path, 1, $"the file is empty: expected the header '{header}'"));
    }
}
