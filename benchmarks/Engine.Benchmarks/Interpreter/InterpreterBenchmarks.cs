using BenchmarkDotNet.Attributes;
using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Interpreter.Analysis;
using Csevm.Interpreter.Memory;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.Tracing;

namespace Csevm.Benchmarks.Interpreter;

/// <summary>
/// Whole programs through the interpreter loop (Osaka), each a counted loop of 10,000 iterations,
/// under the three dispatch variants. Mgas/s = GasUsed (printed at setup) / time. On a shared,
/// overloaded machine read the Min column and the ratios of one run.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class InterpreterBenchmarks
{
    private const string Iterations = "2710"; // 10,000

    /// <summary>The programs: a loop counter on the stack, decremented each iteration, JUMPI back while non-zero.</summary>
    private static readonly Dictionary<string, string> Programs = new()
    {
        // SUB, MUL, ADD, DIV on the counter.
        ["Arithmetic"] = "61" + Iterations + "5b" + "60019003" + "8060070260030160050450" + "80600357" + "5000",
        // KECCAK256 of 64 bytes, stored back into memory.
        ["Keccak256"] = "61" + Iterations + "5b" + "6040600020602052" + "60019003" + "80600357" + "5000",
        // MLOAD, add one, MSTORE at (counter & 1023).
        ["Memory"] = "61" + Iterations + "5b" + "806103ff16" + "8051" + "600101" + "9052" + "60019003" + "80600357" + "5000",
        // SLOAD, add one, SSTORE at (counter & 15).
        ["Storage"] = "61" + Iterations + "5b" + "80600f16" + "8054" + "600101" + "9055" + "60019003" + "80600357" + "5000",
        // Two jumps an iteration.
        ["Jumps"] = "61" + Iterations + "5b" + "60019003" + "600d56" + "fefe" + "5b" + "80600357" + "5000",
    };

    [Params("Arithmetic", "Keccak256", "Memory", "Storage", "Jumps")]
    public string Program { get; set; } = "Arithmetic";

    private readonly BenchmarkHost.World _world = new();
    private readonly SharedMemory _memory = new();
    private readonly Frame<BenchmarkHost> _frame = new();
    private readonly Message _message = new() { Gas = 1_000_000_000, Recipient = Address.FromNumber(0xc0de) };
    private AnalyzedCode _code = AnalyzedCode.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _code = new AnalyzedCode(Hex.Decode(Programs[Program]));
        long gasLeft = Run<HybridDispatch>();
        if (_frame.Status != ExecutionStatus.Success) throw new InvalidOperationException($"{Program} ended with {_frame.Status}");
        Console.WriteLine($"// {Program}: gasUsed {_message.Gas - gasLeft}");
    }

    [Benchmark(Baseline = true)]
    public long Hybrid() => Run<HybridDispatch>();

    [Benchmark]
    public long Switch() => Run<SwitchDispatch>();

    [Benchmark]
    public long Table() => Run<TableDispatch>();

    /// <summary>Runs the program once from a clean state and returns the gas left.</summary>
    private long Run<TDispatch>() where TDispatch : struct, IDispatch
    {
        _world.Reset();
        _memory.Reset();
        _frame.Start(new BenchmarkHost(_world), _message, _code, _memory.Root);
        var tracer = new NoTracer();
        EvmInterpreter.Run<Osaka, BenchmarkHost, NoTracer, TDispatch>(_frame, ref tracer);
        return _frame.GasLeft;
    }
}
