namespace Csevm.Benchmarks;

/// <summary>
/// Something a benchmark runs that is charged gas: a precompile call or a whole program. The gas
/// is what one <see cref="Run"/> charges, so gas / time is the throughput a block builder sees.
/// </summary>
public interface IGasWorkload
{
    /// <summary>Gas charged by one run.</summary>
    long Gas { get; }

    /// <summary>What the workload is, for grouping results: an interpreter program, a precompile called directly, or a program calling a precompile.</summary>
    WorkloadKind Kind { get; }

    /// <summary>Runs once; throws if the run does not end as the workload expects (a failing case would time the wrong path).</summary>
    void Run();
}

public enum WorkloadKind
{
    Program,
    Precompile,
    PrecompileCallLoop,
}
