using System.Runtime.InteropServices;
using Csevm.Execution;
using Csevm.Execution.Transactions;
using Csevm.Interpreter;
using Csevm.Spec;
using Csevm.Tracing;

namespace Csevm.Native.Evmc;

/// <summary>
/// evmc_vm.execute: runs one message at a revision against the host's callbacks. The frame runs
/// until it halts; each time it suspends for a CALL*/CREATE* the request goes to the host's
/// <c>call</c> (which typically calls execute again, one level deeper on this thread), the
/// result's output is copied and the result released, and the frame resumes. Nothing is thrown
/// across the boundary: bad arguments and unexpected failures come back as a result.
/// </summary>
internal static unsafe class EvmcExecution
{
    [UnmanagedCallersOnly]
    public static EvmcResult Execute(EvmcVm* vm, EvmcHostInterface* host, nint context, int revision,
        EvmcMessage* message, byte* code, nuint codeSize)
    {
        try
        {
            if (!EvmcVmExports.IsLive(vm) || !IsComplete(host) || message == null || (code == null && codeSize != 0)
                || codeSize > int.MaxValue || message->InputSize > int.MaxValue || (message->InputData == null && message->InputSize != 0)
                || message->Gas < 0)
                return Failure(ExecutionStatus.InternalError);
            if (revision < 0 || revision > (int)RevisionNames.Latest || message->Kind < 0 || message->Kind > (int)CallKind.Create2)
                return Failure(ExecutionStatus.Rejected);
            return Run(host, context, (Revision)revision, message, new ReadOnlySpan<byte>(code, (int)codeSize));
        }
        catch
        {
            EvmcThreadSession.Discard();
            return Failure(ExecutionStatus.InternalError);
        }
    }

    private static EvmcResult Run(EvmcHostInterface* host, nint context, Revision revision, EvmcMessage* message, ReadOnlySpan<byte> code)
    {
        var session = EvmcThreadSession.Current;
        int level = session.Level;
        if (level >= EvmcThreadSession.MaxLevels) return Failure(ExecutionStatus.Rejected);

        var scope = session.ScopeAt(level);
        scope.Begin();
        var request = ToMessage(message, scope);
        var analyzed = EvmcCodeCache.Current.Get(code);
        var evmcHost = new EvmcHost(host, context, scope);

        var memory = session.Enter();
        try
        {
            var frame = session.FrameAt(level);
            frame.Start(evmcHost, request, analyzed, memory);
            var tracer = new NoTracer();
            while (EvmInterpreter.Run(revision, frame, ref tracer) == FrameOutcome.Suspended)
                frame.Resume(CallHost(host, context, revision, frame.PendingCall, evmcHost, scope));
            return ToEvmcResult(frame.Result);
        }
        finally
        {
            session.Leave();
        }
    }

    /// <summary>Hands a nested call to the host and copies what it returned before releasing it.</summary>
    private static CallResult CallHost(EvmcHostInterface* host, nint context, Revision revision, Message pending, in EvmcHost evmcHost, EvmcCallScope scope)
    {
        var codeAddress = pending.CodeAddress;
        var flags = pending.IsStatic ? EvmcFlags.Static : EvmcFlags.None;
        // EIP-7702, as EVMC hosts expect it: the message names the delegate's code and says it is
        // delegated (the interpreter charged the access; its GetCode of the target is cached).
        if (revision >= Revision.Prague && pending.Kind is not (CallKind.Create or CallKind.Create2)
            && Delegation.TryGetTarget(evmcHost.GetCode(pending.CodeAddress).Span, out var delegateAddress))
        {
            codeAddress = delegateAddress;
            flags |= EvmcFlags.Delegated;
        }
        var message = new EvmcMessage
        {
            Kind = (int)pending.Kind,
            Flags = (uint)flags,
            Depth = pending.Depth,
            Gas = pending.Gas,
            Recipient = EvmcAddress.From(pending.Recipient),
            Sender = EvmcAddress.From(pending.Sender),
            Value = EvmcBytes32.From(pending.Value),
            Create2Salt = EvmcBytes32.From(pending.Salt),
            CodeAddress = EvmcAddress.From(codeAddress),
        };
        EvmcResult result;
        fixed (byte* input = pending.Input.Span)
        {
            message.InputData = input;
            message.InputSize = (nuint)pending.Input.Length;
            result = host->Call(context, &message);
        }
        scope.ForgetCode();
        try
        {
            if (result.OutputSize > int.MaxValue || (result.OutputData == null && result.OutputSize != 0))
                throw new InvalidOperationException("the host's call returned an output pointer and size that do not agree");
            var output = scope.CopyReturnData(new ReadOnlySpan<byte>(result.OutputData, (int)result.OutputSize));
            return new CallResult((ExecutionStatus)result.StatusCode, result.GasLeft, result.GasRefund, output, result.CreateAddress.ToAddress());
        }
        finally
        {
            if (result.Release != null) result.Release(&result);
        }
    }

    private static Message ToMessage(EvmcMessage* source, EvmcCallScope scope)
    {
        var message = scope.Message;
        message.Kind = (CallKind)source->Kind;
        message.IsStatic = (source->Flags & (uint)EvmcFlags.Static) != 0;
        message.Depth = source->Depth;
        message.Gas = source->Gas;
        message.Recipient = source->Recipient.ToAddress();
        message.Sender = source->Sender.ToAddress();
        message.Input = scope.CopyInput(new ReadOnlySpan<byte>(source->InputData, (int)source->InputSize));
        message.Value = source->Value.ToUInt256();
        message.Salt = source->Create2Salt.ToUInt256();
        message.CodeAddress = source->CodeAddress.ToAddress();
        return message;
    }

    private static bool IsComplete(EvmcHostInterface* host) =>
        host != null && host->AccountExists != null && host->GetStorage != null && host->SetStorage != null
        && host->GetBalance != null && host->GetCodeSize != null && host->GetCodeHash != null && host->CopyCode != null
        && host->SelfDestruct != null && host->Call != null && host->GetTxContext != null && host->GetBlockHash != null
        && host->EmitLog != null && host->AccessAccount != null && host->AccessStorage != null
        && host->GetTransientStorage != null && host->SetTransientStorage != null;

    /// <summary>The frame's result, its output copied to native memory that <see cref="ReleaseOutput"/> frees.</summary>
    private static EvmcResult ToEvmcResult(in CallResult result)
    {
        var evmc = Failure(result.Status);
        evmc.GasLeft = result.GasLeft;
        evmc.GasRefund = result.GasRefund;
        var output = result.Output.Span;
        if (!output.IsEmpty)
        {
            evmc.OutputData = (byte*)NativeMemory.Alloc((nuint)output.Length);
            output.CopyTo(new Span<byte>(evmc.OutputData, output.Length));
            evmc.OutputSize = (nuint)output.Length;
        }
        return evmc;
    }

    private static EvmcResult Failure(ExecutionStatus status) => new() { StatusCode = (int)status, Release = &ReleaseOutput };

    [UnmanagedCallersOnly]
    private static void ReleaseOutput(EvmcResult* result)
    {
        if (result != null) NativeMemory.Free(result->OutputData);
    }
}
