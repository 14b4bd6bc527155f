using Csevm.Execution.Transactions;
using Csevm.Interpreter;
using Csevm.Interpreter.Analysis;
using Csevm.Interpreter.Memory;
using Csevm.Precompiles;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;
using Csevm.Tracing;

namespace Csevm.Execution;

/// <summary>
/// Runs a transaction's message and every call and create it makes, on an explicit frame stack:
/// the interpreter suspends a frame on CALL*/CREATE*, this loop starts the child (or answers it at
/// once: precompiles, accounts without code, failed creates), and resumes the parent with the
/// result. Depth 1024 therefore never recurses on the native stack.
/// <para>
/// Each frame runs inside a world-state snapshot that is reverted unless it succeeds. Value
/// transfers, EIP-161 touches, contract addresses, nonces, collisions (EIP-7610), the code size
/// limit (EIP-170), the 0xEF prefix ban (EIP-3541) and code deposit happen here; gas rules of the
/// opcodes themselves (63/64, stipend, depth and balance checks) are the interpreter's.
/// </para>
/// One executor per thread; it pools frames, messages and memory across transactions.
/// </summary>
public sealed class MessageExecutor : IDisposable
{
    /// <summary>EIP-170 (from Spurious Dragon): the largest code a create may deploy.</summary>
    public const int MaxCodeSize = 24576;
    private const long CodeDepositCostPerByte = 200;
    private const int MaxDepth = Frame<WorldStateHost>.MaxDepth;

    private readonly FramePool<WorldStateHost> _frames = new();
    private readonly SharedMemory _memory = new();
    // Per depth, reused: the message a frame runs, and what its end needs (snapshot, create target).
    private readonly Message?[] _messages = new Message?[MaxDepth + 1];
    private readonly FrameRecord[] _records = new FrameRecord[MaxDepth + 1];

    private struct FrameRecord
    {
        public int Snapshot;
        public bool IsCreate;
        public Address CreateAddress;
    }

    /// <summary>Runs <paramref name="message"/> without tracing; see <see cref="Execute{TTracer}"/>.</summary>
    public CallResult Execute(WorldState state, TxContext context, IBlockHashSource blockHashes, Message message)
    {
        var tracer = new NoTracer();
        return Execute(state, context, blockHashes, message, ref tracer);
    }

    /// <summary>
    /// Runs a transaction's message (depth 0) to completion under <see cref="WorldState.Revision"/>.
    /// For a call, the value moves here (the caller must not move it). For a create, the caller has
    /// already raised the sender's nonce and put the new address in <see cref="Message.Recipient"/>
    /// (see <see cref="ContractAddress"/>). The state is left as the message leaves it: reverted if
    /// it failed; fees, refunds and <see cref="WorldState.CommitTransaction"/> are the caller's.
    /// </summary>
    public CallResult Execute<TTracer>(WorldState state, TxContext context, IBlockHashSource blockHashes, Message message, ref TTracer tracer)
        where TTracer : struct, ITracer
    {
        if (message.Depth != 0) throw new ArgumentException("a transaction's message runs at depth 0", nameof(message));
        var host = new WorldStateHost(state, context, blockHashes);
        var revision = state.Revision;
        _memory.Reset();
        if (!TryEnter(host, revision, message, isRoot: true, _memory.Root, out var result)) return result;

        int depth = 0;
        while (true)
        {
            var frame = _frames.At(depth);
            if (EvmInterpreter.Run(revision, frame, ref tracer) == FrameOutcome.Suspended)
            {
                var child = _messages[depth + 1] ??= new Message();
                child.CopyFrom(frame.PendingCall);
                if (TryEnter(host, revision, child, isRoot: false, frame.Memory, out result))
                    depth++;
                else
                    frame.Resume(result);
                continue;
            }

            result = Finish(state, revision, frame, _records[depth]);
            if (depth == 0) return result;
            var parent = _frames.At(--depth);
            if (result.IsSuccess) parent.Memory.CommitChildContext();
            else parent.Memory.RevertChildContext();
            parent.Resume(result);
        }
    }

    /// <summary>Starts a frame for <paramref name="message"/> (true), or answers it at once in <paramref name="result"/> (false).</summary>
    private bool TryEnter(in WorldStateHost host, Revision revision, Message message, bool isRoot, in MemoryContext parentMemory, out CallResult result) =>
        message.Kind is CallKind.Create or CallKind.Create2
            ? TryEnterCreate(host, revision, message, isRoot, parentMemory, out result)
            : TryEnterCall(host, revision, message, isRoot, parentMemory, out result);

    private bool TryEnterCall(in WorldStateHost host, Revision revision, Message message, bool isRoot, in MemoryContext parentMemory, out CallResult result)
    {
        var state = host.State;
        int snapshot = state.Snapshot();
        // CALL moves the value, touching both sides even for zero (EIP-161), which also creates a
        // missing recipient (kept before Spurious Dragon, deleted at the end after it if still empty).
        // CALLCODE sends the value to the caller itself, so only the balance matters.
        if (message.Kind == CallKind.Call
                ? !state.Transfer(message.Sender, message.Recipient, message.Value)
                : message.Kind == CallKind.CallCode && state.GetBalance(message.Sender) < message.Value)
        {
            result = new CallResult(ExecutionStatus.InsufficientBalance, message.Gas, 0, default);
            return false;
        }

        if (PrecompileRegistry.TryGet(message.CodeAddress, revision, out var precompile))
        {
            result = RunPrecompile(precompile, message, revision);
            if (!result.IsSuccess) state.Revert(snapshot);
            return false;
        }

        // EIP-7702: an account whose code is a delegation designator runs its delegate's code (one
        // hop only; the delegate was made warm and paid for by the caller), and a delegate that is
        // a precompile runs nothing.
        var codeAddress = message.CodeAddress;
        var code = state.GetCode(codeAddress);
        if (revision >= Revision.Prague && Delegation.TryGetTarget(code, out var delegateAddress))
        {
            if (isRoot) state.AccessAccount(delegateAddress);
            codeAddress = delegateAddress;
            code = PrecompileRegistry.IsPrecompile(delegateAddress, revision) ? [] : state.GetCode(delegateAddress);
        }
        if (code.Length == 0)
        {
            result = new CallResult(ExecutionStatus.Success, message.Gas, 0, default);
            return false;
        }

        var memory = isRoot ? parentMemory : parentMemory.NewChildContext();
        _frames.At(message.Depth).Start(host, message, CodeCache.Get(state.GetCodeHash(codeAddress), code), memory);
        _records[message.Depth] = new FrameRecord { Snapshot = snapshot };
        result = default;
        return true;
    }

    private bool TryEnterCreate(in WorldStateHost host, Revision revision, Message message, bool isRoot, in MemoryContext parentMemory, out CallResult result)
    {
        var state = host.State;
        var sender = message.Sender;
        if (!isRoot)
        {
            // The nonce rises before the snapshot: a failed create still uses it up.
            ulong nonce = state.GetNonce(sender);
            if (nonce == ulong.MaxValue)
            {
                result = new CallResult(ExecutionStatus.Failure, message.Gas, 0, default);
                return false;
            }
            message.Recipient = message.Kind == CallKind.Create
                ? ContractAddress.ForCreate(sender, nonce)
                : ContractAddress.ForCreate2(sender, message.Salt, message.Input.Span);
            message.CodeAddress = message.Recipient;
            state.SetNonce(sender, nonce + 1);
        }
        var address = message.Recipient;
        if (revision >= Revision.Berlin) state.AccessAccount(address);
        if (state.HasCreateCollision(address))
        {
            result = new CallResult(ExecutionStatus.Failure, 0, 0, default);
            return false;
        }

        int snapshot = state.Snapshot();
        state.CreateAccount(address);   // an existing account (balance only) keeps its balance
        state.MarkCreated(address);
        if (revision >= Revision.SpuriousDragon) state.SetNonce(address, 1);
        if (!state.Transfer(sender, address, message.Value))
        {
            state.Revert(snapshot);
            result = new CallResult(ExecutionStatus.InsufficientBalance, message.Gas, 0, default);
            return false;
        }

        var record = new FrameRecord { Snapshot = snapshot, IsCreate = true, CreateAddress = address };
        if (message.Input.IsEmpty)
        {
            result = FinishCreate(state, revision, record, new CallResult(ExecutionStatus.Success, message.Gas, 0, default));
            return false;
        }
        var initCode = new AnalyzedCode(message.Input.Span);
        // Init code runs with empty call data: the message's input was the code itself.
        message.Input = default;
        var memory = isRoot ? parentMemory : parentMemory.NewChildContext();
        _frames.At(message.Depth).Start(host, message, initCode, memory);
        _records[message.Depth] = record;
        result = default;
        return true;
    }

    private static CallResult RunPrecompile(IPrecompile precompile, Message message, Revision revision)
    {
        var input = message.Input.Span;
        long cost = precompile.GasCost(input, revision);
        if (cost > message.Gas) return new CallResult(ExecutionStatus.OutOfGas, 0, 0, default);
        if (!precompile.TryRun(input, revision, out var output)) return new CallResult(ExecutionStatus.PrecompileFailure, 0, 0, default);
        return new CallResult(ExecutionStatus.Success, message.Gas - cost, 0, output);
    }

    private static CallResult Finish(WorldState state, Revision revision, Frame<WorldStateHost> frame, in FrameRecord record)
    {
        var result = frame.Result;
        if (record.IsCreate) return FinishCreate(state, revision, record, result);
        if (!result.IsSuccess) state.Revert(record.Snapshot);
        return result;
    }

    /// <summary>
    /// Ends a create: deposits the returned code (200 gas a byte) unless it is too large (EIP-170),
    /// starts with 0xEF (EIP-3541) or the gas does not cover it; such failures revert the create and
    /// take all its gas, except in Frontier, where unaffordable code is simply not deployed.
    /// </summary>
    private static CallResult FinishCreate(WorldState state, Revision revision, in FrameRecord record, in CallResult result)
    {
        if (!result.IsSuccess)
        {
            state.Revert(record.Snapshot);
            return result;
        }
        var code = result.Output.Span;
        ExecutionStatus failure;
        if (revision >= Revision.SpuriousDragon && code.Length > MaxCodeSize)
            failure = ExecutionStatus.Failure;
        else if (revision >= Revision.London && code.Length > 0 && code[0] == 0xEF)
            failure = ExecutionStatus.Failure;
        else
        {
            long cost = code.Length * CodeDepositCostPerByte;
            if (cost <= result.GasLeft)
            {
                if (code.Length > 0) state.SetCode(record.CreateAddress, code.ToArray());
                return new CallResult(ExecutionStatus.Success, result.GasLeft - cost, result.GasRefund, default, record.CreateAddress);
            }
            if (revision < Revision.Homestead)
                return new CallResult(ExecutionStatus.Success, result.GasLeft, result.GasRefund, default, record.CreateAddress);
            failure = ExecutionStatus.OutOfGas;
        }
        state.Revert(record.Snapshot);
        return new CallResult(failure, 0, 0, default);
    }

    public void Dispose()
    {
        _frames.Dispose();
        _memory.Dispose();
    }
}
