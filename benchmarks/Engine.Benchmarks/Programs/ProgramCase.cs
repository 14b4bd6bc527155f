using Csevm.Execution;
using Csevm.Spec;
using Csevm.State;
using Csevm.Tracing;

namespace Csevm.Benchmarks.Programs;

/// <summary>
/// A whole program as <c>csevm bench</c> executes it: the code at the callee, called by a funded
/// caller with the calldata, as one transaction (the warm accounts as EIP-2929 and EIP-3651 make
/// them) on one world state that every run leaves as it found it (<see cref="WorldState.RevertTransaction"/>,
/// timed: a few undo records for most programs), as evmone's <c>--bench</c> reuses one host. The
/// gas is the top-level frame's execution gas; every run must end with the first run's status and gas.
/// </summary>
public sealed class ProgramCase : IGasWorkload, IDisposable
{
    private const long GasLimit = 1_000_000_000;

    private readonly string _name;
    private readonly byte[] _input;
    private readonly Revision _revision;
    private readonly TxContext _context = CodeCall.Context;
    private readonly MessageExecutor _executor = new();
    private readonly WorldState _state;
    private (ExecutionStatus Status, long GasUsed)? _firstRun;

    public ProgramCase(string name, byte[] code, byte[] input, Revision revision, WorkloadKind kind = WorkloadKind.Program)
    {
        _name = name;
        _input = input;
        _revision = revision;
        Kind = kind;
        _state = new WorldState(CodeCall.PreState(code));
    }

    public WorkloadKind Kind { get; }

    public long Gas => (_firstRun ??= Execute()).GasUsed;

    public ExecutionStatus Status => (_firstRun ??= Execute()).Status;

    public void Run()
    {
        var expected = _firstRun ??= Execute();
        var actual = Execute();
        if (actual != expected)
            throw new InvalidOperationException($"{_name}: a run ended {actual}, the first ended {expected}");
    }

    private (ExecutionStatus, long) Execute()
    {
        var tracer = new NoTracer();
        var result = CodeCall.Run(_executor, _state, _context, _revision, _input, GasLimit, ref tracer);
        _state.RevertTransaction();
        return (result.Status, GasLimit - result.GasLeft);
    }

    public void Dispose() => _executor.Dispose();

    public override string ToString() => _name;
}
