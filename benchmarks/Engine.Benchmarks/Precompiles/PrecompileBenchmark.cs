using BenchmarkDotNet.Attributes;

namespace Csevm.Benchmarks.Precompiles;

/// <summary>
/// What every precompile benchmark shares: one call of <see cref="Case"/> per operation, refused
/// when the case fails, with the gas charged and the throughput in Mgas/s beside the time.
/// Subclasses supply the cases (a static <c>Cases()</c> named by their <c>[ParamsSource]</c>).
/// </summary>
[Config(typeof(GasThroughputConfig))]
public abstract class PrecompileBenchmark
{
    public abstract PrecompileCase Case { get; set; }

    /// <summary>A case that fails would time the rejection path, not the work: refuse to measure it.</summary>
    [GlobalSetup]
    public void CheckTheCaseSucceeds() => Case.Run();

    [Benchmark]
    public byte[] Run()
    {
        Case.Precompile.TryRun(Case.Input, Case.Revision, out var output);
        return output;
    }
}
