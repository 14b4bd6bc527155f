using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Csevm.Benchmarks.Precompiles;

/// <summary>
/// What every precompile benchmark shares: one call of <see cref="Case"/> per operation, refused
/// when the case fails, with the gas charged and the throughput in Mgas/s beside the time.
/// Subclasses supply the cases (a static <c>Cases()</c> named by their <c>[ParamsSource]</c>).
/// </summary>
[Config(typeof(ThroughputConfig))]
public abstract class PrecompileBenchmark
{
    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() =>
            AddColumn(new GasThroughputColumn(throughput: false), new GasThroughputColumn(throughput: true));
    }

    public abstract PrecompileCase Case { get; set; }

    /// <summary>A case that fails would time the rejection path, not the work: refuse to measure it.</summary>
    [GlobalSetup]
    public void CheckTheCaseSucceeds()
    {
        if (!Case.Precompile.TryRun(Case.Input, Case.Revision, out _))
            throw new InvalidOperationException($"benchmark case '{Case}' fails; fix its input");
    }

    [Benchmark]
    public byte[] Run()
    {
        Case.Precompile.TryRun(Case.Input, Case.Revision, out var output);
        return output;
    }
}
