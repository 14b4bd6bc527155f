using Csevm.Execution;
using Csevm.Numerics;
using Csevm.Precompiles;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;

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
    public static readonly Address Caller = Address.Parse("0x19e7e376e7c213b7e7e7e46cc70a5dd086daff2a");
    public static readonly Address Callee = Address.Parse("0xc0de00000000000000000000000000000000c0de");
    private const long GasLimit = 1_000_000_000;

    private readonly string _name;
    private readonly InMemoryStateSource _preState;
    private readonly byte[] _input;
    private readonly Revision _revision;
    private readonly TxContext _context = new() { Origin = Caller, GasLimit = long.MaxValue / 2, BlockNumber = 1, Timestamp = 1 };
    private readonly MessageExecutor _executor = new();
    private readonly WorldState _state;
    private (ExecutionStatus Status, long GasUsed)? _firstRun;

    public ProgramCase(string name, byte[] code, byte[] input, Revision revision, WorkloadKind kind = WorkloadKind.Program)
    {
        _name = name;
        _input = input;
        _revision = revision;
        Kind = kind;
        _preState = new InMemoryStateSource(new Dictionary<Address, Account>
        {
            [Caller] = new Account(0, UInt256.One << 80),
            [Callee] = new Account(1, UInt256.Zero, code),
        });
        _state = new WorldState(_preState);
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
        var state = _state;
        state.BeginTransaction(_revision);
        if (_revision >= Revision.Berlin)
        {
            state.AccessAccount(Caller);
            state.AccessAccount(Callee);
            foreach (var precompile in PrecompileRegistry.ActiveAddresses(_revision)) state.AccessAccount(precompile);
        }
        if (_revision >= Revision.Shanghai) state.AccessAccount(_context.Coinbase);
        var message = new Message
        {
            Kind = CallKind.Call,
            Gas = GasLimit,
            Sender = Caller,
            Recipient = Callee,
            CodeAddress = Callee,
            Input = _input,
        };
        var result = _executor.Execute(state, _context, ZeroBlockHashes.Instance, message);
        state.RevertTransaction();
        return (result.Status, GasLimit - result.GasLeft);
    }

    public void Dispose() => _executor.Dispose();

    public override string ToString() => _name;

    private sealed class ZeroBlockHashes : IBlockHashSource
    {
        public static readonly ZeroBlockHashes Instance = new();
        public Hash256 GetBlockHash(long number) => Hash256.Zero;
    }
}
