using Csevm.Execution;
using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Tests.Interpreter;

public class MemoryTests
{
    private static long MemoryCost(long words) => 3 * words + words * words / 512;

    [Fact]
    public void MStoreThenMLoad_RoundTripsAWord()
    {
        var outcome = Evm.Run("602a602052" + "602051" + Evm.ReturnTop);
        Assert.Equal(new UInt256(42), outcome.Word);
        // MSTORE at 32 grows memory to 2 words (6); MLOAD needs nothing more; ReturnTop's MSTORE at 0 neither.
        Assert.Equal(3 + 3 + 3 + MemoryCost(2) + 3 + 3 + Evm.ReturnTopGas - 3, outcome.GasUsed);
    }

    [Theory]
    [InlineData(0x00, 1)]
    [InlineData(0x1f, 2)]
    [InlineData(0x3fe0, 512)]
    [InlineData(0x10000, 2049)]
    public void MStore_ChargesQuadraticExpansion(int offset, long words)
    {
        var outcome = Evm.Run("6001" + "62" + offset.ToString("x6") + "52");
        Assert.Equal(3 + 3 + 3 + MemoryCost(words), outcome.GasUsed);
    }

    [Fact]
    public void Expansion_IsChargedIncrementally()
    {
        // MSTORE8 at 0 (1 word) then at 64 (3 words): total is the cost of 3 words, not 1 + 3.
        var outcome = Evm.Run("6001600053" + "6001604053");
        Assert.Equal(4 * 3 + 2 * 3 + MemoryCost(3), outcome.GasUsed);
    }

    [Fact]
    public void MSize_ReportsWholeWords()
    {
        Assert.Equal(new UInt256(64), Evm.Run("6001602153" + "59" + Evm.ReturnTop).Word);
    }

    [Fact]
    public void HugeOffset_IsOutOfGas()
    {
        Assert.Equal(ExecutionStatus.OutOfGas, Evm.Run("6001" + Evm.Push(new UInt256(1UL << 40)) + "52").Status);
        Assert.Equal(ExecutionStatus.OutOfGas, Evm.Run("6001" + Evm.Push(UInt256.MaxValue) + "51").Status);
    }

    [Fact]
    public void ZeroLengthAtAHugeOffset_NeedsNoMemory()
    {
        // RETURN(offset = 2^255, length = 0) succeeds with empty output.
        var outcome = Evm.Run("6000" + Evm.Push(UInt256.One << 255) + "f3");
        Assert.Equal(ExecutionStatus.Success, outcome.Status);
        Assert.Equal(6, outcome.GasUsed);
    }

    [Fact]
    public void CallDataCopy_ChargesThreePerWordAndPadsWithZeros()
    {
        byte[] input = [1, 2, 3];
        // CALLDATACOPY(dest 0, src 1, len 33) -> memory 2 words; copy cost 2 words.
        var outcome = Evm.Run("6021600160003760005160f81c" + Evm.ReturnTop, input: input);
        Assert.Equal(new UInt256(2), outcome.Word);   // the first byte copied is input[1]
        long copy = 3 * 3 + 3 + MemoryCost(2) + 3 * 2;
        Assert.Equal(copy + 3 + 3 + 3 + 3 + Evm.ReturnTopGas - 3, outcome.GasUsed);
    }

    [Fact]
    public void CodeCopy_CopiesTheRunningCode()
    {
        // CODECOPY(0, 0, 32) then MLOAD 0: the word starts with the code's own bytes.
        var outcome = Evm.Run("60206000600039600051" + Evm.ReturnTop);
        Assert.Equal(0x60, (int)(outcome.Word.U3 >> 56));
    }

    [Fact]
    public void MCopy_HandlesOverlapAndChargesCopyAndExpansion()
    {
        // memory[0..32) = 0x..0102 (MSTORE of 0x0102); MCOPY(dest 1, src 0, len 32) -> the word at 1 equals the old word.
        var outcome = Evm.Run("610102600052" + "602060006001" + "5e" + "600151" + Evm.ReturnTop, Revision.Cancun);
        Assert.Equal(new UInt256(0x0102), outcome.Word);
        long gas = 3 + 3 + 3 + MemoryCost(1) + 3 * 3 + 3 + (MemoryCost(2) - MemoryCost(1)) + 3 * 1 + 3 + 3 + Evm.ReturnTopGas - 3;
        Assert.Equal(gas, outcome.GasUsed);
    }

    [Fact]
    public void Keccak256_HashesMemoryAndChargesPerWord()
    {
        // KECCAK256 of nothing.
        var empty = Evm.Run("60006000 20" + Evm.ReturnTop);
        Assert.Equal(UInt256.Parse("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"), empty.Word);
        Assert.Equal(3 + 3 + 30 + Evm.ReturnTopGas, empty.GasUsed);
        var twoWords = Evm.Run("6040600020" + "00");
        Assert.Equal(3 + 3 + 30 + 6 * 2 + MemoryCost(2), twoWords.GasUsed);
    }
}
