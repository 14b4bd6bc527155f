using Csevm.Execution;
using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Tests.Interpreter;

public class ArithmeticTests
{
    [Theory]
    [InlineData("6005600301", 8, 9)]                 // 3 + 5: a is the top (3), b below (5)
    [InlineData("6003600503", 2, 9)]                 // 5 - 3
    [InlineData("6003600502", 15, 11)]                // 5 * 3
    [InlineData("6003600704", 2, 11)]                 // 7 / 3
    [InlineData("6000600704", 0, 11)]                 // 7 / 0 = 0
    [InlineData("6003600706", 1, 11)]                 // 7 % 3
    [InlineData("600560046003" + "08", 2, 17)]           // (3 + 4) % 5 with ADDMOD: a=3 b=4 n=5 -> 2
    [InlineData("600560046003" + "09", 2, 17)]           // (3 * 4) % 5 with MULMOD
    [InlineData("6003600510", 0, 9)]                 // 5 < 3
    [InlineData("6005600310", 1, 9)]                 // 3 < 5
    [InlineData("6005600311", 0, 9)]                 // 3 > 5
    [InlineData("6005600514", 1, 9)]                 // 5 == 5
    [InlineData("600015", 1, 6)]                     // ISZERO 0
    [InlineData("600c600a16", 8, 9)]                 // 0b1010 & 0b1100
    [InlineData("600c600a17", 14, 9)]                // OR
    [InlineData("600c600a18", 6, 9)]                 // XOR
    [InlineData("600160041b", 16, 9)]                // 1 << 4 (SHL: shift on top)
    [InlineData("601060041c", 1, 9)]                 // 16 >> 4
    [InlineData("61abcd601e1a", 0xab, 9)]            // BYTE 30 of 0xabcd
    public void Operation_LeavesTheResultAndCostsItsStaticGas(string code, ulong expected, long codeGas)
    {
        var outcome = Evm.Run(code + Evm.ReturnTop);
        Assert.Equal(ExecutionStatus.Success, outcome.Status);
        Assert.Equal(new UInt256(expected), outcome.Word);
        Assert.Equal(codeGas + Evm.ReturnTopGas, outcome.GasUsed);
    }

    [Fact]
    public void Sub_WrapsAroundBelowZero()
    {
        var outcome = Evm.Run("6001600003" + Evm.ReturnTop);  // 0 - 1
        Assert.Equal(UInt256.MaxValue, outcome.Word);
    }

    [Fact]
    public void SignedOperations_ReadTwosComplement()
    {
        // -8 / 3 = -2 (truncated); -8 SMOD 3 = -2; SLT(-1, 0) = 1; SAR(-16, 2) = -4.
        var minus8 = Evm.Push(UInt256.Zero - new UInt256(8));
        Assert.Equal(UInt256.Zero - new UInt256(2), Evm.Run("6003" + minus8 + "05" + Evm.ReturnTop).Word);
        Assert.Equal(UInt256.Zero - new UInt256(2), Evm.Run("6003" + minus8 + "07" + Evm.ReturnTop).Word);
        Assert.Equal(UInt256.One, Evm.Run("6000" + Evm.Push(UInt256.MaxValue) + "12" + Evm.ReturnTop).Word);
        Assert.Equal(UInt256.Zero - new UInt256(4), Evm.Run(Evm.Push(UInt256.Zero - new UInt256(16)) + "60021d" + Evm.ReturnTop).Word);
    }

    [Fact]
    public void SignExtend_ExtendsTheSignBitOfTheChosenByte()
    {
        var outcome = Evm.Run("60ff60000b" + Evm.ReturnTop);  // SIGNEXTEND(0, 0xff) = -1
        Assert.Equal(UInt256.MaxValue, outcome.Word);
    }

    [Theory]
    [InlineData(Revision.Frontier, 10)]
    [InlineData(Revision.TangerineWhistle, 10)]
    [InlineData(Revision.SpuriousDragon, 50)]
    [InlineData(Revision.Osaka, 50)]
    public void Exp_ChargesPerExponentByteByFork(Revision revision, long perByte)
    {
        // 2 ** 0x0100 (a two-byte exponent) wraps to 0; 3 ** 2 = 9 with a one-byte exponent.
        var twoBytes = Evm.Run("6101006002" + "0a" + "00", revision);
        Assert.Equal(3 + 3 + 10 + 2 * perByte, twoBytes.GasUsed);
        var nine = Evm.Run("600260030a" + Evm.ReturnTop, revision);
        Assert.Equal(new UInt256(9), nine.Word);
        Assert.Equal(3 + 3 + 10 + perByte + Evm.ReturnTopGas, nine.GasUsed);
    }

    [Fact]
    public void Exp_WithZeroExponentCostsOnlyTheStaticGas()
    {
        var outcome = Evm.Run("600060020a00");
        Assert.Equal(3 + 3 + 10, outcome.GasUsed);
    }

    [Theory]
    [InlineData("60011e", 255)]
    [InlineData("60001e", 256)]
    public void Clz_CountsLeadingZeroBitsFromOsaka(string code, ulong expected)
    {
        var outcome = Evm.Run(code + Evm.ReturnTop, Revision.Osaka);
        Assert.Equal(new UInt256(expected), outcome.Word);
        Assert.Equal(3 + 5 + Evm.ReturnTopGas, outcome.GasUsed);
    }
}
