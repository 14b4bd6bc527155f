using System.Runtime.CompilerServices;
using Csevm.Execution;
using Csevm.Interpreter.Gas;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Interpreter.Instructions;

/// <summary>
/// Other accounts: BALANCE, EXTCODESIZE, EXTCODECOPY, EXTCODEHASH. From Berlin the static price is
/// the warm one and a cold address costs 2500 more (EIP-2929). They read an EIP-7702 delegation
/// designator as the 23 bytes it is.
/// </summary>
internal static unsafe class Accounts
{
    public static ExecutionStatus Balance<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        var address = new Address(f.Top[0]);
        if (!TryChargeAccess<TFork, THost>(f, address)) return ExecutionStatus.OutOfGas;
        f.Top[0] = f.Host.GetBalance(address);
        return Step.Continue;
    }

    public static ExecutionStatus ExtCodeSize<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        var address = new Address(f.Top[0]);
        if (!TryChargeAccess<TFork, THost>(f, address)) return ExecutionStatus.OutOfGas;
        f.Top[0] = new UInt256((ulong)f.Host.GetCodeSize(address));
        return Step.Continue;
    }

    public static ExecutionStatus ExtCodeHash<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        var address = new Address(f.Top[0]);
        if (!TryChargeAccess<TFork, THost>(f, address)) return ExecutionStatus.OutOfGas;
        f.Top[0] = f.Host.GetCodeHash(address).ToUInt256();
        return Step.Continue;
    }

    /// <summary>EXTCODECOPY: address, memory offset, code offset, length.</summary>
    public static ExecutionStatus ExtCodeCopy<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        UInt256* top = f.Top;
        f.Top = top - 4;
        var address = new Address(top[0]);
        if (!TryChargeAccess<TFork, THost>(f, address)) return ExecutionStatus.OutOfGas;
        // Memory and copy gas are charged before the code is read: a failing copy never loads it.
        if (!f.TryExpandMemory(top[-1], top[-3], out ulong destination, out ulong size)
            || !f.TryCharge(MemoryGas.PerWord(size, MemoryGas.CopyPerWord)))
            return ExecutionStatus.OutOfGas;
        if (size == 0) return Step.Continue;
        var code = f.Host.GetCode(address).Span;
        f.Memory.WritePadded(destination, code, top[-2].IsUlong ? top[-2].U0 : ulong.MaxValue, size);
        return Step.Continue;
    }

    /// <summary>Marks <paramref name="address"/> warm and charges the EIP-2929 cold surcharge (Berlin on).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryChargeAccess<TFork, THost>(Frame<THost> f, in Address address)
        where TFork : struct, IFork
        where THost : struct, IHost =>
        TFork.Revision < Revision.Berlin
        || f.Host.AccessAccount(address) == AccessStatus.Warm
        || f.TryCharge(AccessGas.ColdAccountSurcharge);
}
