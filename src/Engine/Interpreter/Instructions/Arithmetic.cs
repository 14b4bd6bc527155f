using System.Runtime.CompilerServices;
using Csevm.Execution;
using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Interpreter.Instructions;

/// <summary>0x01-0x0b: arithmetic on the top stack items (a = top, b = the item below).</summary>
internal static unsafe class Arithmetic
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256* Add(UInt256* top) { UInt256.Add(top[0], top[-1], out top[-1]); return top - 1; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256* Mul(UInt256* top) { UInt256.Multiply(top[0], top[-1], out top[-1]); return top - 1; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256* Sub(UInt256* top) { UInt256.Subtract(top[0], top[-1], out top[-1]); return top - 1; }

    public static UInt256* Div(UInt256* top) { UInt256.Divide(top[0], top[-1], out top[-1]); return top - 1; }

    public static UInt256* SDiv(UInt256* top) { UInt256.SDiv(top[0], top[-1], out top[-1]); return top - 1; }

    public static UInt256* Mod(UInt256* top) { UInt256.Mod(top[0], top[-1], out top[-1]); return top - 1; }

    public static UInt256* SMod(UInt256* top) { UInt256.SMod(top[0], top[-1], out top[-1]); return top - 1; }

    public static UInt256* AddMod(UInt256* top) { UInt256.AddMod(top[0], top[-1], top[-2], out top[-2]); return top - 2; }

    public static UInt256* MulMod(UInt256* top) { UInt256.MulMod(top[0], top[-1], top[-2], out top[-2]); return top - 2; }

    public static UInt256* SignExtend(UInt256* top) { UInt256.SignExtend(top[0], top[-1], out top[-1]); return top - 1; }

    /// <summary>EXP: base = top, exponent below; each exponent byte costs 10, 50 from Spurious Dragon (EIP-160).</summary>
    public static ExecutionStatus Exp<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        UInt256* top = f.Top;
        long perByte = TFork.Revision >= Revision.SpuriousDragon ? 50 : 10;
        if (!f.TryCharge(top[-1].ByteLength * perByte)) return ExecutionStatus.OutOfGas;
        UInt256.Exp(top[0], top[-1], out top[-1]);
        f.Top = top - 1;
        return Step.Continue;
    }
}
