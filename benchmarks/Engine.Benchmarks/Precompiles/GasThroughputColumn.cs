using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Csevm.Benchmarks.Precompiles;

/// <summary>Gas of the case and the measured throughput in million gas per second (gas / mean time).</summary>
public sealed class GasThroughputColumn(bool throughput) : IColumn
{
    public string Id => throughput ? "MgasPerSecond" : "Gas";
    public string ColumnName => throughput ? "Mgas/s" : "Gas";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => throughput ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => throughput ? "Million gas per second at the mean time" : "Gas charged for the input";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Value is PrecompileCase)?.Value is not PrecompileCase precompileCase) return "-";
        if (!throughput) return precompileCase.Gas.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 ? (precompileCase.Gas / mean.Value * 1000).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "-";
    }
}
