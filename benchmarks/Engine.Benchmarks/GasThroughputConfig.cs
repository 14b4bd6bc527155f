using BenchmarkDotNet.Configs;

namespace Csevm.Benchmarks;

/// <summary>Adds the gas and Mgas/s columns to a benchmark whose parameter is an <see cref="IGasWorkload"/>.</summary>
public sealed class GasThroughputConfig : ManualConfig
{
    public GasThroughputConfig() =>
        AddColumn(new GasThroughputColumn(throughput: false), new GasThroughputColumn(throughput: true));
}
