using System.Runtime.CompilerServices;
using Csevm.Execution;
using Csevm.Interpreter.Analysis;
using Csevm.Interpreter.Gas;
using Csevm.Interpreter.Memory;
using Csevm.Numerics;

namespace Csevm.Interpreter;

/// <summary>
/// One call frame: the machine state (stack, program counter, gas, refund, return data) of a
/// message running some code, plus the buffers its calls reuse. Frames are pooled per call depth
/// (<see cref="FramePool{THost}"/>): after warm-up a call allocates nothing.
/// </summary>
/// <remarks>
/// Life cycle, driven by an executor: <see cref="Start"/>, then
/// <see cref="EvmInterpreter.Run{TFork, THost, TTracer}"/> until it returns
/// <see cref="FrameOutcome.Halted"/> (read <see cref="Result"/>). When it returns
/// <see cref="FrameOutcome.Suspended"/> the frame has charged the call's gas and filled
/// <see cref="PendingCall"/>; the executor opens a child memory context, runs the child, ends the
/// child context (after copying what it needs from the child's output), calls
/// <see cref="Resume"/> with the child's result and runs the frame again.
/// </remarks>
public sealed unsafe class Frame<THost> : IDisposable
    where THost : struct, IHost
{
    public const int MaxDepth = 1024;

    public EvmStack Stack { get; } = new();

    /// <summary>The call or create this frame asks for when it suspends (reused: copy what must outlive the next call).</summary>
    public Message PendingCall { get; } = new();

    public THost Host;
    public MemoryContext Memory;

    public Message Message { get; private set; } = new();
    public AnalyzedCode Analysis { get; private set; } = AnalyzedCode.Empty;

    /// <summary>How the frame ended, once <see cref="EvmInterpreter.Run{TFork, THost, TTracer}"/> returned <see cref="FrameOutcome.Halted"/>.</summary>
    public ExecutionStatus Status { get; internal set; }

    /// <summary>RETURN or REVERT data (valid until this frame runs again).</summary>
    public ReadOnlyMemory<byte> Output { get; private set; }

    // The machine state, kept in the loop's locals while it runs and stored here around handlers.
    internal byte* Code;
    internal UInt256* Top;
    internal int Pc;
    internal long Gas;
    internal long Refund;
    internal ReadOnlyMemory<byte> ReturnData;

    private bool _suspended;
    private bool _pendingIsCreate;
    private ulong _resultOffset, _resultLength;
    private byte[] _callInput = new byte[256];
    private byte[] _output = new byte[256];

    /// <summary>Prepares the frame to run <paramref name="code"/> for <paramref name="message"/> in <paramref name="memory"/> (the frame's own, active context).</summary>
    public void Start(in THost host, Message message, AnalyzedCode code, MemoryContext memory)
    {
        Host = host;
        Message = message;
        Analysis = code;
        Memory = memory;
        Code = code.Pointer;
        Top = Stack.EmptyTop;
        Pc = 0;
        Gas = message.Gas;
        Refund = 0;
        ReturnData = default;
        Output = default;
        Status = ExecutionStatus.Success;
        _suspended = false;
    }

    public int Depth => Message.Depth;

    /// <summary>Gas the frame has left: all of it is lost on an exceptional halt.</summary>
    public long GasLeft => Status.ConsumesAllGas() ? 0 : Gas;

    /// <summary>What the frame hands back to its caller. Refunds only survive success.</summary>
    public CallResult Result => new(Status, GasLeft, Status == ExecutionStatus.Success ? Refund : 0, Output);

    /// <summary>The stack, bottom first (for tracers and tests).</summary>
    public ReadOnlySpan<UInt256> StackItems => Stack.Items(Top);

    /// <summary>The return data of the last call (RETURNDATASIZE/RETURNDATACOPY).</summary>
    public ReadOnlyMemory<byte> LastReturnData => ReturnData;

    /// <summary>
    /// Finishes the call the frame suspended for: returns the child's unused gas and refund, sets
    /// RETURNDATA, copies a call's output into the memory it reserved, and pushes the success flag
    /// (calls) or the new address, zero on failure (creates).
    /// </summary>
    public void Resume(in CallResult result)
    {
        if (!_suspended) throw new InvalidOperationException("the frame is not waiting for a call");
        _suspended = false;
        Gas += result.GasLeft;
        Refund += result.GasRefund;
        if (_pendingIsCreate)
        {
            ReturnData = result.Status == ExecutionStatus.Revert ? result.Output : default;
            *Top = result.IsSuccess ? result.CreateAddress.ToUInt256() : default;
            return;
        }
        ReturnData = result.Output;
        *Top = result.IsSuccess ? UInt256.One : default;
        int copied = (int)Math.Min(_resultLength, (ulong)result.Output.Length);
        if (copied > 0) Memory.Write(_resultOffset, result.Output.Span[..copied]);
    }

    /// <summary>
    /// Charges the expansion of memory to cover [offset, offset + length) and grows it. False means
    /// out of gas. A zero length needs no memory whatever the offset (then <paramref name="start"/> is 0).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryExpandMemory(in UInt256 offset, in UInt256 length, out ulong start, out ulong size) =>
        TryExpandMemory(offset, length, out start, out size, ref Gas);

    /// <summary><see cref="TryExpandMemory(in UInt256, in UInt256, out ulong, out ulong)"/> charging <paramref name="gas"/> (a locals handler's).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryExpandMemory(in UInt256 offset, in UInt256 length, out ulong start, out ulong size, ref long gas)
    {
        start = 0;
        size = 0;
        if (length.IsZero) return true;
        if (!offset.IsUlong || !length.IsUlong || offset.U0 >= MemoryGas.MaxSize || length.U0 >= MemoryGas.MaxSize) return false;
        start = offset.U0;
        size = length.U0;
        ulong end = start + size;
        return end <= Memory.ContextSize || (gas = ChargeAndGrow(end, gas)) >= 0;
    }

    /// <summary>
    /// Whether the <paramref name="size"/> bytes (32 or 1) at <paramref name="offset"/> are inside
    /// memory already (MLOAD, MSTORE, MSTORE8's fast path: no gas, one compare against the size).
    /// Otherwise <see cref="ExpandMemoryFor"/> charges and grows, out of line.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MemoryHolds(in UInt256 offset, uint size)
    {
        ulong start = offset.U0;
        // Offsets of 2^32 or more never fit (memory stays below MemoryGas.MaxSize); excluding them
        // here also keeps start + size from wrapping.
        return (offset.U1 | offset.U2 | offset.U3 | (start >> 32)) == 0 && start + size <= Memory.ActiveSize;
    }

    /// <summary>
    /// Grows memory to hold the <paramref name="size"/> bytes at <paramref name="offset"/>, charging
    /// <paramref name="gas"/>: the gas left, negative when out of gas (then nothing is allocated).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal long ExpandMemoryFor(in UInt256 offset, uint size, long gas) =>
        offset.IsUlong && offset.U0 < MemoryGas.MaxSize ? ChargeAndGrow(offset.U0 + size, gas) : -1;

    /// <summary>
    /// Charges growing memory to <paramref name="end"/> bytes (past its current end) to
    /// <paramref name="gas"/> and grows it: the gas left, negative when out of gas (then nothing is
    /// allocated). Gas passes by value (here and in <see cref="ExpandMemoryFor"/>) so the loop's
    /// gas local never has its address taken.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long ChargeAndGrow(ulong end, long gas)
    {
        ulong size = Memory.ContextSize;
        gas -= MemoryGas.Cost(MemoryGas.Words(end)) - MemoryGas.Cost(MemoryGas.Words(size));
        if (gas < 0) return gas;
        return Memory.TryEnsureContextCapacity(end, out _, out _) ? gas : -1;
    }

    /// <summary>Pushes <paramref name="value"/> (the stack check already made room) and continues.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ExecutionStatus Push(in UInt256 value)
    {
        *++Top = value;
        return Step.Continue;
    }

    /// <summary>Charges <paramref name="cost"/>; false when the frame runs out of gas.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryCharge(long cost) => (Gas -= cost) >= 0;

    /// <summary>Copies memory [offset, offset + length) (already expanded) into the frame's RETURN/REVERT buffer.</summary>
    internal void SetOutput(ulong offset, ulong length)
    {
        if (length == 0)
        {
            Output = default;
            return;
        }
        if ((ulong)_output.Length < length) _output = new byte[Math.Max(length, (ulong)_output.Length * 2)];
        Memory.GetSlice(offset, length).CopyTo(_output);
        Output = _output.AsMemory(0, (int)length);
    }

    /// <summary>Copies memory [offset, offset + length) (already expanded) into the reusable call input buffer.</summary>
    internal ReadOnlyMemory<byte> CopyCallInput(ulong offset, ulong length)
    {
        if (length == 0) return default;
        if ((ulong)_callInput.Length < length) _callInput = new byte[Math.Max(length, (ulong)_callInput.Length * 2)];
        Memory.GetSlice(offset, length).CopyTo(_callInput);
        return _callInput.AsMemory(0, (int)length);
    }

    /// <summary>Marks the frame suspended on <see cref="PendingCall"/>; the result goes to memory [offset, offset + length) for calls.</summary>
    internal ExecutionStatus Suspend(bool isCreate, ulong resultOffset, ulong resultLength)
    {
        _suspended = true;
        _pendingIsCreate = isCreate;
        _resultOffset = resultOffset;
        _resultLength = resultLength;
        return Step.Suspend;
    }

    public void Dispose() => Stack.Dispose();
}
