using BenchmarkDotNet.Attributes;
using Csevm.Benchmarks.Precompiles.Bls12381;
using Csevm.Benchmarks.Programs;

namespace Csevm.Benchmarks.Precompiles;

/// <summary>
/// Issue 5's denial-of-service check in one run: every precompile benchmark input, called directly
/// and (for the inputs priced under 1,000 gas, where the call itself is most of the cost) from a
/// contract looping over STATICCALLs, beside whole programs on the interpreter: issue 7's eight and
/// every variant of the evm-benchmarks main programs. The "vs slowest program" column divides each
/// workload's Mgas/s by the slowest program's (named in its legend): below 1.0x, a block filled
/// with that workload takes longer than a block of ordinary contract code.
/// </summary>
[Config(typeof(DenialOfServiceConfig))]
public class DenialOfServiceBenchmarks
{
    /// <summary>Inputs cheaper than this are also measured behind a STATICCALL loop.</summary>
    private const long CallLoopBelowGas = 1_000;

    private sealed class DenialOfServiceConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public DenialOfServiceConfig()
        {
            Add(new GasThroughputConfig());
            AddColumn(new SlowestProgramRatioColumn());
            // Program and loop names run past BenchmarkDotNet's default 20 characters.
            WithSummaryStyle(BenchmarkDotNet.Reports.SummaryStyle.Default.WithMaxParameterColumnWidth(32));
        }
    }

    [ParamsSource(nameof(Workloads))]
    public IGasWorkload Workload { get; set; } = null!;

    public static IEnumerable<IGasWorkload> Workloads()
    {
        foreach (var name in ProgramLibrary.EvmoneReference.Union(ProgramLibrary.EvmBenchmarksMain)) yield return ProgramLibrary.Create(name);
        var calls = PrecompileBenchmarks.Cases().Concat(Bn254PrecompileBenchmarks.Cases()).Concat(CurvePrecompileBenchmarks.Cases()).ToList();
        foreach (var call in calls) yield return call;
        foreach (var call in calls.Where(c => c.Gas < CallLoopBelowGas)) yield return PrecompileCallLoop.Create(call);
    }

    [GlobalSetup]
    public void CheckTheWorkloadRuns() => Workload.Run();

    [Benchmark]
    public void Run() => Workload.Run();
}
