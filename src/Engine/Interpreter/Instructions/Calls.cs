using Csevm.Execution;
using Csevm.Interpreter.Gas;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Interpreter.Instructions;

/// <summary>
/// CALL, CALLCODE, DELEGATECALL, STATICCALL, CREATE, CREATE2 and SELFDESTRUCT. Calls never recurse:
/// a handler charges the gas, fills <see cref="Frame{THost}.PendingCall"/> and suspends the frame;
/// the executor runs the child and resumes the frame with its result (<see cref="Frame{THost}.Resume"/>).
/// A call that cannot start (depth 1024, balance below the value) pushes 0 and continues, as evmone does.
/// </summary>
internal static unsafe class Calls
{
    private const long CallValueCost = 9000;
    private const long CallStipend = 2300;
    private const long NewAccountCost = 25000;
    private const long Create2HashPerWord = 6;
    private const long InitCodePerWord = 2;
    /// <summary>EIP-3860: init code may be twice the EIP-170 code size limit.</summary>
    private const ulong MaxInitCodeSize = 2 * 24576;
    private const long SelfDestructRefund = 24000;

    public static ExecutionStatus Call<TFork, THost>(Frame<THost> f) where TFork : struct, IFork where THost : struct, IHost =>
        CallCommon<TFork, THost>(f, CallKind.Call, isStatic: false);

    public static ExecutionStatus CallCode<TFork, THost>(Frame<THost> f) where TFork : struct, IFork where THost : struct, IHost =>
        CallCommon<TFork, THost>(f, CallKind.CallCode, isStatic: false);

    public static ExecutionStatus DelegateCall<TFork, THost>(Frame<THost> f) where TFork : struct, IFork where THost : struct, IHost =>
        CallCommon<TFork, THost>(f, CallKind.DelegateCall, isStatic: false);

    public static ExecutionStatus StaticCall<TFork, THost>(Frame<THost> f) where TFork : struct, IFork where THost : struct, IHost =>
        CallCommon<TFork, THost>(f, CallKind.Call, isStatic: true);

    public static ExecutionStatus Create<TFork, THost>(Frame<THost> f) where TFork : struct, IFork where THost : struct, IHost =>
        CreateCommon<TFork, THost>(f, CallKind.Create);

    public static ExecutionStatus Create2<TFork, THost>(Frame<THost> f) where TFork : struct, IFork where THost : struct, IHost =>
        CreateCommon<TFork, THost>(f, CallKind.Create2);

    private static ExecutionStatus CallCommon<TFork, THost>(Frame<THost> f, CallKind kind, bool isStatic)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        // Operands: gas, address, [value,] argsOffset, argsLength, retOffset, retLength.
        UInt256* top = f.Top;
        bool hasValueOperand = kind is CallKind.Call or CallKind.CallCode && !isStatic;
        UInt256* args = hasValueOperand ? top - 3 : top - 2;
        var requested = top[0];
        var target = new Address(top[-1]);
        var value = hasValueOperand ? top[-2] : default;
        UInt256 inputAt = args[0], inputSize = args[-1], resultAt = args[-2], resultSize = args[-3];
        f.Top = args - 3;   // the last operand's slot takes the result: 0 unless a call succeeds
        *f.Top = default;

        if (!Accounts.TryChargeAccess<TFork, THost>(f, target)) return ExecutionStatus.OutOfGas;

        if (TFork.Revision >= Revision.Prague && TryGetDelegate(f.Host.GetCode(target).Span, out var delegateAddress))
        {
            // EIP-7702: the call runs the delegate's code (the executor resolves it, and runs nothing
            // for a precompile delegate); reaching it is one more account access.
            long access = f.Host.AccessAccount(delegateAddress) == AccessStatus.Cold ? AccessGas.ColdAccount : AccessGas.WarmRead;
            if (!f.TryCharge(access)) return ExecutionStatus.OutOfGas;
        }

        if (!f.TryExpandMemory(inputAt, inputSize, out ulong inputOffset, out ulong inputLength)
            || !f.TryExpandMemory(resultAt, resultSize, out ulong resultOffset, out ulong resultLength))
            return ExecutionStatus.OutOfGas;

        bool hasValue = !value.IsZero;
        if (kind == CallKind.Call && hasValue && f.Message.IsStatic) return ExecutionStatus.StaticModeViolation;

        long cost = hasValue ? CallValueCost : 0;
        if (kind == CallKind.Call && (hasValue || TFork.Revision < Revision.SpuriousDragon) && !f.Host.AccountExists(target))
            cost += NewAccountCost;  // EIP-161: from Spurious Dragon only a value transfer creates an account
        if (!f.TryCharge(cost)) return ExecutionStatus.OutOfGas;

        long gas = requested.IsUlong && requested.U0 <= long.MaxValue ? (long)requested.U0 : long.MaxValue;
        if (TFork.Revision >= Revision.TangerineWhistle)
            gas = Math.Min(gas, f.Gas - f.Gas / 64);  // EIP-150: all but one 64th
        else if (gas > f.Gas)
            return ExecutionStatus.OutOfGas;

        if (hasValue)
        {
            gas += CallStipend;
            f.Gas += CallStipend;
        }

        f.ReturnData = default;
        if (f.Depth >= Frame<THost>.MaxDepth) return Step.Continue;
        if (hasValue && kind != CallKind.DelegateCall && f.Host.GetBalance(f.Message.Recipient) < value) return Step.Continue;

        var message = f.PendingCall;
        message.Kind = kind;
        message.IsStatic = isStatic || f.Message.IsStatic;
        message.Depth = f.Depth + 1;
        message.Gas = gas;
        message.CodeAddress = target;
        message.Input = f.CopyCallInput(inputOffset, inputLength);
        message.Salt = default;
        switch (kind)
        {
            case CallKind.Call:
                message.Recipient = target;
                message.Sender = f.Message.Recipient;
                message.Value = value;
                break;
            case CallKind.CallCode:
                message.Recipient = f.Message.Recipient;
                message.Sender = f.Message.Recipient;
                message.Value = value;
                break;
            default: // DELEGATECALL keeps the caller's context
                message.Recipient = f.Message.Recipient;
                message.Sender = f.Message.Sender;
                message.Value = f.Message.Value;
                break;
        }
        f.Gas -= gas;
        return f.Suspend(isCreate: false, resultOffset, resultLength);
    }

    private static ExecutionStatus CreateCommon<TFork, THost>(Frame<THost> f, CallKind kind)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        if (f.Message.IsStatic) return ExecutionStatus.StaticModeViolation;
        // Operands: value, offset, length[, salt].
        UInt256* top = f.Top;
        var value = top[0];
        var salt = kind == CallKind.Create2 ? top[-3] : default;
        if (!f.TryExpandMemory(top[-1], top[-2], out ulong offset, out ulong length)) return ExecutionStatus.OutOfGas;
        f.Top = kind == CallKind.Create2 ? top - 3 : top - 2;
        *f.Top = default;

        if (TFork.Revision >= Revision.Shanghai && length > MaxInitCodeSize) return ExecutionStatus.OutOfGas;
        long perWord = (kind == CallKind.Create2 ? Create2HashPerWord : 0) + (TFork.Revision >= Revision.Shanghai ? InitCodePerWord : 0);
        if (!f.TryCharge(MemoryGas.PerWord(length, perWord))) return ExecutionStatus.OutOfGas;

        f.ReturnData = default;
        if (f.Depth >= Frame<THost>.MaxDepth) return Step.Continue;
        if (!value.IsZero && f.Host.GetBalance(f.Message.Recipient) < value) return Step.Continue;

        long gas = TFork.Revision >= Revision.TangerineWhistle ? f.Gas - f.Gas / 64 : f.Gas;
        var message = f.PendingCall;
        message.Kind = kind;
        message.IsStatic = false;
        message.Depth = f.Depth + 1;
        message.Gas = gas;
        message.Sender = f.Message.Recipient;
        message.Recipient = default;     // the executor derives the new address
        message.CodeAddress = default;
        message.Value = value;
        message.Salt = salt;
        message.Input = f.CopyCallInput(offset, length);
        f.Gas -= gas;
        return f.Suspend(isCreate: true, 0, 0);
    }

    public static ExecutionStatus SelfDestruct<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        if (f.Message.IsStatic) return ExecutionStatus.StaticModeViolation;
        var beneficiary = new Address(f.Top[0]);
        f.Top--;
        if (TFork.Revision >= Revision.Berlin && f.Host.AccessAccount(beneficiary) == AccessStatus.Cold
            && !f.TryCharge(AccessGas.ColdAccount))
            return ExecutionStatus.OutOfGas;
        // EIP-150 charges a new beneficiary account; EIP-161 only when value actually moves.
        if (TFork.Revision >= Revision.TangerineWhistle
            && (TFork.Revision == Revision.TangerineWhistle || !f.Host.GetBalance(f.Message.Recipient).IsZero)
            && !f.Host.AccountExists(beneficiary)
            && !f.TryCharge(NewAccountCost))
            return ExecutionStatus.OutOfGas;
        if (f.Host.SelfDestruct(f.Message.Recipient, beneficiary) && TFork.Revision < Revision.London)
            f.Refund += SelfDestructRefund;
        return ExecutionStatus.Success;
    }

    /// <summary>EIP-7702: code that is exactly 0xef0100 followed by an address delegates to that address.</summary>
    internal static bool TryGetDelegate(ReadOnlySpan<byte> code, out Address delegateAddress)
    {
        if (code.Length == 23 && code[0] == 0xef && code[1] == 0x01 && code[2] == 0x00)
        {
            delegateAddress = new Address(code[3..]);
            return true;
        }
        delegateAddress = default;
        return false;
    }
}
