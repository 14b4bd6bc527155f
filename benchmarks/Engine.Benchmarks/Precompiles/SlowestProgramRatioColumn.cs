using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Csevm.Benchmarks.Precompiles;

/// <summary>
/// A workload's Mgas/s divided by that of the slowest interpreter program in the same summary:
/// the ratio issue 5 asks to keep at or above 1.0x for every precompile's worst input.
/// </summary>
public sealed class SlowestProgramRatioColumn : IColumn
{
    public string Id => "VersusSlowestProgram";
    public string ColumnName => "vs slowest program";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 2;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Mgas/s over the slowest interpreter program's Mgas/s in this run (below 1.0x: slower per gas than contract code)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var slowestProgram = summary.BenchmarksCases
            .Where(c => GasThroughputColumn.WorkloadOf(c)?.Kind == WorkloadKind.Program)
            .Select(c => GasThroughputColumn.MgasPerSecond(summary, c))
            .OfType<double>()
            .DefaultIfEmpty(double.NaN)
            .Min();
        return GasThroughputColumn.MgasPerSecond(summary, benchmarkCase) is { } rate && double.IsFinite(slowestProgram)
            ? (rate / slowestProgram).ToString("F2", CultureInfo.InvariantCulture) + "x"
            : "-";
    }
}
