using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Csevm.Benchmarks;

/// <summary>Gas of the workload and the measured throughput in million gas per second (gas / mean time).</summary>
public sealed class GasThroughputColumn(bool throughput) : IColumn
{
    public string Id => throughput ? "MgasPerSecond" : "Gas";
    public string ColumnName => throughput ? "Mgas/s" : "Gas";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => throughput ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => throughput ? "Million gas per second at the mean time" : "Gas charged by one run";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (WorkloadOf(benchmarkCase) is not { } workload) return "-";
        if (!throughput) return workload.Gas.ToString(CultureInfo.InvariantCulture);
        return MgasPerSecond(summary, benchmarkCase) is { } rate ? rate.ToString("F1", CultureInfo.InvariantCulture) : "-";
    }

    /// <summary>The workload a benchmark case runs, if one of its parameters is one.</summary>
    public static IGasWorkload? WorkloadOf(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.Select(p => p.Value).OfType<IGasWorkload>().FirstOrDefault();

    /// <summary>Gas / mean time of a measured case, in Mgas/s.</summary>
    public static double? MgasPerSecond(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return WorkloadOf(benchmarkCase) is { } workload && mean is > 0 ? workload.Gas / mean.Value * 1000 : null;
    }
}
