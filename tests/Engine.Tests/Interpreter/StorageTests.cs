using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Tests.Interpreter;

public class StorageTests
{
    /// <summary>SSTORE(key 0, value) on a slot whose original and current values are given: the gas of the SSTORE alone, and the refund.</summary>
    private static (long Gas, long Refund, ExecutionStatus Status) Sstore(Revision revision, ulong original, ulong current, ulong value, bool warm = false)
    {
        var world = new TestWorld();
        world.SetOriginal(Evm.Contract, UInt256.Zero, new UInt256(original));
        world.Storage[(Evm.Contract, UInt256.Zero)] = new UInt256(current);
        if (warm) world.WarmSlots.Add((Evm.Contract, UInt256.Zero));
        var outcome = Evm.Run("60" + value.ToString("x2") + "600055", revision, world: world);
        return (outcome.GasUsed - 6, outcome.Result.GasRefund, outcome.Status);
    }

    [Theory]
    [InlineData(Revision.Frontier, 0, 0, 1, 20000, 0)]          // added
    [InlineData(Revision.Frontier, 1, 1, 2, 5000, 0)]           // modified
    [InlineData(Revision.Frontier, 1, 1, 0, 5000, 15000)]       // deleted
    [InlineData(Revision.Frontier, 0, 0, 0, 5000, 0)]           // no-op still pays reset
    [InlineData(Revision.Petersburg, 1, 2, 1, 5000, 0)]         // EIP-1283 withdrawn: a restore pays full reset
    [InlineData(Revision.Constantinople, 1, 1, 1, 200, 0)]      // EIP-1283: no-op costs the dirty price
    [InlineData(Revision.Constantinople, 1, 2, 1, 200, 4800)]   // modified then restored: 5000 - 200 back
    [InlineData(Revision.Constantinople, 0, 1, 0, 200, 19800)]  // added then deleted: 20000 - 200 back
    [InlineData(Revision.Istanbul, 1, 1, 1, 800, 0)]            // EIP-2200: dirty price is SLOAD's 800
    [InlineData(Revision.Istanbul, 1, 0, 1, 800, -15000 + 4200)] // deleted then restored
    [InlineData(Revision.Istanbul, 1, 0, 2, 800, -15000)]       // deleted then re-added: the clear refund is taken back
    [InlineData(Revision.Istanbul, 1, 2, 0, 800, 15000)]        // modified then deleted
    [InlineData(Revision.Berlin, 0, 0, 1, 20000 + 2100, 0)]     // EIP-2929: cold slot surcharge
    [InlineData(Revision.Berlin, 1, 1, 2, 2900 + 2100, 0)]      // reset is 5000 - 2100
    [InlineData(Revision.Berlin, 1, 1, 0, 2900 + 2100, 15000)]
    [InlineData(Revision.London, 1, 1, 0, 2900 + 2100, 4800)]   // EIP-3529: clear refund 4800
    [InlineData(Revision.London, 1, 2, 1, 100 + 2100, 2800)]    // modified then restored: 2900 - 100
    [InlineData(Revision.London, 0, 1, 0, 100 + 2100, 19900)]   // added then deleted: 20000 - 100
    public void Sstore_PricesEachRegimeFromTheStorageStatus(Revision revision, ulong original, ulong current, ulong value, long gas, long refund)
    {
        var (charged, refunded, status) = Sstore(revision, original, current, value);
        Assert.Equal(ExecutionStatus.Success, status);
        Assert.Equal(gas, charged);
        Assert.Equal(refund, refunded);
    }

    [Fact]
    public void Sstore_WarmSlotInBerlin_HasNoColdSurcharge()
    {
        Assert.Equal(20000, Sstore(Revision.Berlin, 0, 0, 1, warm: true).Gas);
    }

    [Theory]
    [InlineData(Revision.Istanbul, 2300, ExecutionStatus.OutOfGas)]
    [InlineData(Revision.Istanbul, 2301, ExecutionStatus.Success)]
    [InlineData(Revision.Constantinople, 2300, ExecutionStatus.Success)]   // EIP-1283 had no sentry
    public void Sstore_WithAtMostTheStipendLeft_IsOutOfGasFromIstanbul(Revision revision, long gasAtSstore, ExecutionStatus expected)
    {
        var world = new TestWorld();
        world.SetOriginal(Evm.Contract, UInt256.Zero, UInt256.One);
        // A no-op write (200 or 800 gas) after two pushes (6 gas).
        Assert.Equal(expected, Evm.Run("6001600055", revision, gas: 6 + gasAtSstore, world: world).Status);
    }

    [Fact]
    public void Sstore_InAStaticFrame_IsAViolation()
    {
        Assert.Equal(ExecutionStatus.StaticModeViolation, Evm.Run("6001600055", isStatic: true).Status);
        Assert.Equal(ExecutionStatus.StaticModeViolation, Evm.Run("600160005d", isStatic: true).Status);
    }

    [Theory]
    [InlineData(Revision.Frontier, 50)]
    [InlineData(Revision.TangerineWhistle, 200)]
    [InlineData(Revision.Istanbul, 800)]
    [InlineData(Revision.Berlin, 2100)]
    public void Sload_CostsByFork_ColdFromBerlin(Revision revision, long cost)
    {
        var world = new TestWorld();
        world.SetOriginal(Evm.Contract, new UInt256(7), new UInt256(99));
        var outcome = Evm.Run("600754" + "600754" + Evm.ReturnTop, revision, world: world);
        Assert.Equal(new UInt256(99), outcome.Word);
        long second = revision >= Revision.Berlin ? 100 : cost;
        Assert.Equal(3 + cost + 3 + second + Evm.ReturnTopGas, outcome.GasUsed);
    }

    [Fact]
    public void TransientStorage_RoundTripsAndCostsAHundredEach()
    {
        var outcome = Evm.Run("602a60015d" + "60015c" + Evm.ReturnTop, Revision.Cancun);
        Assert.Equal(new UInt256(42), outcome.Word);
        Assert.Equal(3 + 3 + 100 + 3 + 100 + Evm.ReturnTopGas, outcome.GasUsed);
    }
}
