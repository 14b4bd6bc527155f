using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.StateTests;

/// <summary>The block a state test's transaction runs in, for one fork: fields the fork does not have are left at zero.</summary>
internal static class StateTestBlock
{
    public static BlockEnvironment For(StateTest test, Revision fork)
    {
        var env = test.Environment;
        return new BlockEnvironment
        {
            Coinbase = env.Coinbase,
            Number = ToLong(env.Number, "currentNumber"),
            Timestamp = ToLong(env.Timestamp, "currentTimestamp"),
            GasLimit = ToLong(env.GasLimit, "currentGasLimit"),
            // Opcode 0x44 is DIFFICULTY before the merge and PREVRANDAO after it.
            PrevRandao = fork >= Revision.Paris ? env.Random ?? UInt256.Zero : env.Difficulty,
            BaseFee = fork >= Revision.London ? env.BaseFee ?? UInt256.Zero : UInt256.Zero,
            ExcessBlobGas = fork >= Revision.Cancun ? ToUlong(env.ExcessBlobGas ?? UInt256.Zero, "currentExcessBlobGas") : 0,
            BlobSchedule = fork >= Revision.Cancun && test.BlobSchedules.TryGetValue(fork, out var schedule) ? schedule : BlobSchedule.For(fork),
            ChainId = test.ChainId,
        };
    }

    private static long ToLong(in UInt256 value, string field) =>
        value.IsUlong && value.U0 <= long.MaxValue ? (long)value.U0 : throw new FixtureFormatException($"env.{field}: {value} does not fit 63 bits");

    private static ulong ToUlong(in UInt256 value, string field) =>
        value.IsUlong ? value.U0 : throw new FixtureFormatException($"env.{field}: {value} does not fit 64 bits");
}
