using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

/// <summary>
/// The interpreter writes results into the stack slot of an operand (out stack[1] with in stack[1]),
/// so every operation must read all of its inputs before it writes its output.
/// </summary>
public class UInt256AliasingTests
{
    private delegate void Binary(in UInt256 a, in UInt256 b, out UInt256 result);
    private delegate void Ternary(in UInt256 a, in UInt256 b, in UInt256 c, out UInt256 result);

    private static readonly Dictionary<string, Binary> BinaryOperations = new()
    {
        ["Add"] = UInt256.Add, ["Subtract"] = UInt256.Subtract, ["Multiply"] = UInt256.Multiply,
        ["Divide"] = UInt256.Divide, ["Mod"] = UInt256.Mod, ["SDiv"] = UInt256.SDiv, ["SMod"] = UInt256.SMod,
        ["Exp"] = UInt256.Exp, ["SignExtend"] = UInt256.SignExtend, ["Byte"] = UInt256.Byte,
        ["Shl"] = UInt256.Shl, ["Shr"] = UInt256.Shr, ["Sar"] = UInt256.Sar,
        ["And"] = UInt256.And, ["Or"] = UInt256.Or, ["Xor"] = UInt256.Xor,
    };

    private static readonly Dictionary<string, Ternary> TernaryOperations = new()
    {
        ["AddMod"] = UInt256.AddMod, ["MulMod"] = UInt256.MulMod,
    };

    public static TheoryData<string> BinaryNames => new(BinaryOperations.Keys);
    public static TheoryData<string> TernaryNames => new(TernaryOperations.Keys);

    [Theory]
    [MemberData(nameof(BinaryNames))]
    public void BinaryOperation_OutputMayAliasEitherOperand(string name)
    {
        var operation = BinaryOperations[name];
        foreach (var (a, b) in Operands.Pairs(91).Take(3_000).Concat(SmallOperandPairs()))
        {
            operation(a, b, out var expected);
            var first = a;
            operation(first, b, out first);
            var second = b;
            operation(a, second, out second);
            Assert.Equal(expected, first);
            Assert.Equal(expected, second);
        }
    }

    [Theory]
    [MemberData(nameof(TernaryNames))]
    public void TernaryOperation_OutputMayAliasAnyOperand(string name)
    {
        var operation = TernaryOperations[name];
        foreach (var (a, b, m) in Operands.Triples(92).Take(3_000))
        {
            operation(a, b, m, out var expected);
            var first = a;
            operation(first, b, m, out first);
            var second = b;
            operation(a, second, m, out second);
            var third = m;
            operation(a, b, third, out third);
            Assert.Equal(expected, first);
            Assert.Equal(expected, second);
            Assert.Equal(expected, third);
        }
    }

    [Fact]
    public void DivRem_OutputsMayAliasOperands()
    {
        foreach (var (a, b) in Operands.Pairs(93).Take(3_000))
        {
            UInt256.DivRem(a, b, out var quotient, out var remainder);
            var x = a;
            var y = b;
            UInt256.DivRem(x, y, out x, out y);
            Assert.Equal(quotient, x);
            Assert.Equal(remainder, y);
            x = a;
            y = b;
            UInt256.DivRem(x, y, out y, out x);
            Assert.Equal(quotient, y);
            Assert.Equal(remainder, x);
        }
    }

    /// <summary>Shift counts, byte indices and small values so the in-range paths of SHL, BYTE and SIGNEXTEND run too.</summary>
    private static IEnumerable<(UInt256, UInt256)> SmallOperandPairs()
    {
        var random = Operands.NewRandom(94);
        for (int i = 0; i < 1_000; i++)
            yield return (new UInt256((ulong)random.Next(0, 260)), random.NextMixedWidth());
    }
}
