using Csevm.Execution;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Tests.Interpreter;

public class EnvironmentTests
{
    [Fact]
    public void AddressCallerCallValue_DescribeTheMessage()
    {
        Assert.Equal(Evm.Contract.ToUInt256(), Evm.Run("30" + Evm.ReturnTop).Word);
        Assert.Equal(Evm.Caller.ToUInt256(), Evm.Run("33" + Evm.ReturnTop).Word);
        Assert.Equal(new UInt256(5), Evm.Run("34" + Evm.ReturnTop, value: 5).Word);
    }

    [Fact]
    public void CallDataLoad_PadsPastTheEndWithZeros()
    {
        byte[] input = [0xaa, 0xbb];
        var outcome = Evm.Run("600135" + Evm.ReturnTop, input: input);
        Assert.Equal(UInt256.FromBigEndian([0xbb, .. new byte[31]]), outcome.Word);
        Assert.Equal(UInt256.Zero, Evm.Run(Evm.Push(UInt256.MaxValue) + "35" + Evm.ReturnTop, input: input).Word);
        Assert.Equal(new UInt256(2), Evm.Run("36" + Evm.ReturnTop, input: input).Word);
    }

    [Theory]
    [InlineData(Revision.Frontier, 20, 20)]
    [InlineData(Revision.TangerineWhistle, 400, 400)]
    [InlineData(Revision.Istanbul, 700, 700)]
    [InlineData(Revision.Berlin, 2600, 100)]
    public void Balance_CostsByFork_ColdThenWarmFromBerlin(Revision revision, long first, long second)
    {
        var world = new TestWorld();
        var rich = Address.FromNumber(0xbeef);
        world.Balances[rich] = new UInt256(12345);
        var outcome = Evm.Run("61beef31" + "61beef31" + "01" + Evm.ReturnTop, revision, world: world);
        Assert.Equal(new UInt256(24690), outcome.Word);
        Assert.Equal(3 + first + 3 + second + 3 + Evm.ReturnTopGas, outcome.GasUsed);
    }

    [Fact]
    public void ExtCodeOps_SeeTheDelegationDesignatorItself()
    {
        var world = new TestWorld();
        var delegated = Address.FromNumber(0xd0);
        byte[] designator = [0xef, 0x01, 0x00, .. Address.FromNumber(0xde1e).ToArray()];
        world.Code[delegated] = designator;
        Assert.Equal(new UInt256(23), Evm.Run("60d03b" + Evm.ReturnTop, Revision.Prague, world: world).Word);
        Assert.Equal(Keccak256.Hash(designator).ToUInt256(), Evm.Run("60d03f" + Evm.ReturnTop, Revision.Prague, world: world).Word);
        // EXTCODECOPY(0xd0, mem 0, code 0, 3) then MLOAD 0: the word starts ef0100.
        var copy = Evm.Run("60036000600060d03c600051" + Evm.ReturnTop, Revision.Prague, world: world);
        Assert.Equal(0xef0100UL, copy.Word.U3 >> 40);
    }

    [Fact]
    public void BlockHash_AnswersOnlyForTheLast256Blocks()
    {
        var world = new TestWorld();   // block 1000
        Assert.Equal(new UInt256(999 + 0xb10c), Evm.Run("6103e740" + Evm.ReturnTop, world: world).Word);
        Assert.Equal(new UInt256(744 + 0xb10c), Evm.Run("6102e840" + Evm.ReturnTop, world: world).Word);
        Assert.Equal(UInt256.Zero, Evm.Run("6102e740" + Evm.ReturnTop, world: world).Word);   // 743: too old
        Assert.Equal(UInt256.Zero, Evm.Run("6103e840" + Evm.ReturnTop, world: world).Word);   // 1000: the current block
    }

    [Fact]
    public void BlockValues_ComeFromTheTransactionContext()
    {
        var world = new TestWorld();
        world.Context.ChainId = 7;
        world.Context.BaseFee = 9;
        world.Context.BlobHashes = [Hash256.FromUInt256(new UInt256(0x0155))];
        Assert.Equal(new UInt256(7), Evm.Run("46" + Evm.ReturnTop, world: world).Word);
        Assert.Equal(new UInt256(9), Evm.Run("48" + Evm.ReturnTop, world: world).Word);
        Assert.Equal(new UInt256(1000), Evm.Run("43" + Evm.ReturnTop, world: world).Word);
        Assert.Equal(new UInt256(0x0155), Evm.Run("600049" + Evm.ReturnTop, world: world).Word);
        Assert.Equal(UInt256.Zero, Evm.Run("600149" + Evm.ReturnTop, world: world).Word);
    }

    [Fact]
    public void ReturnDataCopy_PastTheEndOfReturnData_IsInvalidMemoryAccess()
    {
        // No call yet: the return data is empty, so copying one byte fails while copying none works.
        Assert.Equal(ExecutionStatus.InvalidMemoryAccess, Evm.Run("600160006000" + "3e").Status);
        Assert.Equal(ExecutionStatus.Success, Evm.Run("600060006000" + "3e").Status);
    }

    [Fact]
    public void Log_EmitsDataAndTopicsAndCharges()
    {
        var world = new TestWorld();
        // MSTORE 0x2a at 0, LOG2(offset 0, length 32, topic1 = 7, topic2 = 8).
        var outcome = Evm.Run("602a600052" + "6008" + "6007" + "6020" + "6000" + "a2", world: world);
        var log = Assert.Single(world.Logs);
        Assert.Equal(Evm.Contract, log.Address);
        Assert.Equal(new UInt256(42), UInt256.FromBigEndian(log.Data));
        Assert.Equal([Hash256.FromUInt256(new UInt256(7)), Hash256.FromUInt256(new UInt256(8))], log.Topics);
        Assert.Equal(12 + 12 + 375 * 3 + 8 * 32, outcome.GasUsed);
        Assert.Equal(ExecutionStatus.StaticModeViolation, Evm.Run("60006000a0", isStatic: true).Status);
    }
}

public class TransactionContextOpcodeTests
{
    [Theory]
    [InlineData("32", "origin")]
    [InlineData("3a", "gasPrice")]
    [InlineData("41", "coinbase")]
    [InlineData("42", "timestamp")]
    [InlineData("44", "prevRandao")]
    [InlineData("45", "gasLimit")]
    [InlineData("4a", "blobBaseFee")]
    public void ContextOpcode_PushesItsField(string opcode, string field)
    {
        var world = new TestWorld();
        world.Context.Origin = Address.FromNumber(0x0a);
        world.Context.GasPrice = 0x0b;
        world.Context.Coinbase = Address.FromNumber(0x0c);
        world.Context.Timestamp = 0x0d;
        world.Context.PrevRandao = 0x0e;
        world.Context.GasLimit = 0x0f;
        world.Context.BlobBaseFee = 0x10;
        ulong expected = field switch
        {
            "origin" => 0x0a, "gasPrice" => 0x0b, "coinbase" => 0x0c, "timestamp" => 0x0d,
            "prevRandao" => 0x0e, "gasLimit" => 0x0f, _ => 0x10,
        };
        var outcome = Evm.Run(opcode + Evm.ReturnTop, world: world);
        Assert.Equal(new UInt256(expected), outcome.Word);
        Assert.Equal(2 + Evm.ReturnTopGas, outcome.GasUsed);
    }

    [Fact]
    public void SelfBalanceAndCodeSize_DescribeTheRunningAccount()
    {
        var world = new TestWorld();
        world.Balances[Evm.Contract] = new UInt256(555);
        var balance = Evm.Run("47" + Evm.ReturnTop, world: world);
        Assert.Equal(new UInt256(555), balance.Word);
        Assert.Equal(5 + Evm.ReturnTopGas, balance.GasUsed);
        Assert.Equal(new UInt256(9), Evm.Run("38" + Evm.ReturnTop).Word);
    }

    [Fact]
    public void MStore8_WritesOnlyTheLowByte()
    {
        var outcome = Evm.Run("61abcd601f53" + "600051" + Evm.ReturnTop);
        Assert.Equal(new UInt256(0xcd), outcome.Word);
    }
}
