using Csevm.Execution;
using Csevm.Interpreter.Gas;
using Csevm.Interpreter.Memory;
using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Interpreter.Instructions;

/// <summary>KECCAK256: 30 gas plus 6 a word of input, plus memory.</summary>
internal static unsafe class Hashing
{
    public static ExecutionStatus Keccak256<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        UInt256* top = f.Top;
        if (!f.TryExpandMemory(top[0], top[-1], out ulong offset, out ulong length)
            || !f.TryCharge(MemoryGas.PerWord(length, MemoryGas.Keccak256PerWord)))
            return ExecutionStatus.OutOfGas;
        // The digest straight into the stack item through the vector byte swap (FromBigEndian of a
        // span was a call, ~3% of a KECCAK256 loop).
        byte* hash = stackalloc byte[32];
        Numerics.Keccak256.Hash(f.Memory.GetSlice(offset, length), new Span<byte>(hash, 32));
        top[-1] = BigEndianWord.Load(hash);
        f.Top = top - 1;
        return Step.Continue;
    }
}
