using System.Buffers.Binary;
using System.Numerics;
using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

public class UInt256ModularTests
{
    [Fact]
    public void AddMod_ReducesFull257BitSum_MatchesBigInteger() =>
        ReferenceCheck.Ternary(21, (a, b, m) => { UInt256.AddMod(a, b, m, out var r); return r; }, (a, b, m) => m.IsZero ? 0 : (a + b) % m);

    [Fact]
    public void MulMod_ReducesFull512BitProduct_MatchesBigInteger() =>
        ReferenceCheck.Ternary(22, (a, b, m) => { UInt256.MulMod(a, b, m, out var r); return r; }, (a, b, m) => m.IsZero ? 0 : a * b % m);

    [Fact]
    public void AddMod_ModulusZero_IsZero()
    {
        UInt256.AddMod(UInt256.MaxValue, UInt256.One, UInt256.Zero, out var result);
        Assert.Equal(UInt256.Zero, result);
    }

    [Fact]
    public void MulMod_ModulusZero_IsZero()
    {
        UInt256.MulMod(UInt256.MaxValue, UInt256.MaxValue, UInt256.Zero, out var result);
        Assert.Equal(UInt256.Zero, result);
    }

    [Fact]
    public void AddMod_OverflowingSum_IsNotTruncatedBeforeReduction()
    {
        // (2^256-1 + 2^256-1) mod (2^256-2) = (2^257-2) mod (2^256-2) = 2, whereas truncating first would give 0.
        UInt256.AddMod(UInt256.MaxValue, UInt256.MaxValue, UInt256.MaxValue - UInt256.One, out var result);
        Assert.Equal(new UInt256(2), result);
        UInt256.AddMod(UInt256.MaxValue, new UInt256(2), new UInt256(10), out var small);
        Assert.Equal(UInt256.FromBigInteger((Operands.Modulus + 1) % 10), small);
    }

    [Fact]
    public void MulMod_OverflowingProduct_IsNotTruncatedBeforeReduction()
    {
        // (2^256-1)^2 mod 12345: the low 256 bits alone would give 1.
        UInt256.MulMod(UInt256.MaxValue, UInt256.MaxValue, new UInt256(12345), out var result);
        Assert.Equal(UInt256.FromBigInteger((Operands.Modulus - 1) * (Operands.Modulus - 1) % 12345), result);
        UInt256.MulMod(UInt256.MaxValue, UInt256.MaxValue, UInt256.MaxValue, out var zero);
        Assert.Equal(UInt256.Zero, zero);
    }

    [Fact]
    public void MulMod_SmallOperandsWith64BitModulus_MatchesBigInteger()
    {
        var random = Operands.NewRandom(23);
        for (int i = 0; i < 10_000; i++)
        {
            var a = random.NextWithBitLength(random.Next(0, 65));
            var b = random.NextWithBitLength(random.Next(0, 65));
            var m = random.NextWithBitLength(random.Next(1, 65));
            UInt256.MulMod(a, b, m, out var product);
            UInt256.AddMod(a, b, m, out var sum);
            Assert.Equal(a.ToBigInteger() * b.ToBigInteger() % m.ToBigInteger(), product.ToBigInteger());
            Assert.Equal((a.ToBigInteger() + b.ToBigInteger()) % m.ToBigInteger(), sum.ToBigInteger());
        }
    }

    [Fact]
    public unsafe void MultiplyWide_GivesFull512BitProduct()
    {
        var random = Operands.NewRandom(24);
        ulong* limbs = stackalloc ulong[8];
        Span<byte> bytes = stackalloc byte[64];
        for (int i = 0; i < 2_000; i++)
        {
            var a = random.NextMixedWidth();
            var b = random.NextMixedWidth();
            UInt256.MultiplyWide(a, b, limbs);
            for (int k = 0; k < 8; k++) BinaryPrimitives.WriteUInt64LittleEndian(bytes[(8 * k)..], limbs[k]);
            Assert.Equal(a.ToBigInteger() * b.ToBigInteger(), new BigInteger(bytes, isUnsigned: true));
        }
    }
}
