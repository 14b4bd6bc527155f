using BenchmarkDotNet.Attributes;

namespace Csevm.Benchmarks.Programs;

/// <summary>
/// Whole programs under the JIT, executed as <c>csevm bench</c> executes them (one world state,
/// rewound to the same pre-state after each run), with gas and Mgas/s beside the time: issue 7's eight evmone reference
/// programs, or every program of the side-by-side comparison with CSEVM_BENCH_PROGRAMS=all.
/// </summary>
[Config(typeof(GasThroughputConfig))]
public class ProgramBenchmarks
{
    [ParamsSource(nameof(Programs))]
    public ProgramCase Program { get; set; } = null!;

    public static IEnumerable<ProgramCase> Programs() =>
        (Environment.GetEnvironmentVariable("CSEVM_BENCH_PROGRAMS") == "all" ? ProgramLibrary.All.Keys : ProgramLibrary.EvmoneReference)
        .Select(ProgramLibrary.Create);

    [GlobalSetup]
    public void CheckTheProgramRuns() => Program.Run();

    [Benchmark]
    public void Run() => Program.Run();
}
