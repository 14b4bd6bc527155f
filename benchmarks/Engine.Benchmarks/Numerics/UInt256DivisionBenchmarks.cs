using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Csevm.Numerics;

namespace Csevm.Benchmarks.Numerics;

/// <summary>
/// The division family by divisor (or modulus) width: full 256-bit dividends and operands over a
/// divisor of 1 to 4 limbs with a random normalising shift, the shapes whose code paths differ.
/// Each benchmark runs over the same <see cref="Count"/> operand sets and reports the time per
/// operation. MulModPrime is MULMOD by a fixed 254-bit modulus (the alt_bn128 field prime, as in
/// weierstrudel) of operands below it; AddModAbove takes operands above the modulus.
/// </summary>
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class UInt256DivisionBenchmarks
{
    private const int Count = 64;
    private static readonly UInt256 FieldPrime = UInt256.Parse("0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47");

    private readonly UInt256[] _a = new UInt256[Count], _b = new UInt256[Count], _divisor = new UInt256[Count];
    private readonly UInt256[] _belowPrimeA = new UInt256[Count], _belowPrimeB = new UInt256[Count], _powerOfTwo = new UInt256[Count];

    /// <summary>Limbs of the divisor (DIV, MOD, SDIV) and of the modulus (ADDMOD, MULMOD).</summary>
    [Params(1, 2, 3, 4)]
    public int DivisorLimbs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        for (int i = 0; i < Count; i++)
        {
            _a[i] = UInt256Benchmarks.RandomWithBits(random, 256);
            _b[i] = UInt256Benchmarks.RandomWithBits(random, 256);
            _divisor[i] = UInt256Benchmarks.RandomWithBits(random, 64 * (DivisorLimbs - 1) + random.Next(1, 65));
            _belowPrimeA[i] = _a[i] % FieldPrime;
            _belowPrimeB[i] = _b[i] % FieldPrime;
            _powerOfTwo[i] = UInt256.One << (64 * (DivisorLimbs - 1) + random.Next(64));
        }
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Div")]
    public UInt256 Div()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++)
        {
            UInt256.Divide(_a[i], _divisor[i], out var result);
            sink ^= result;
        }
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("DivPowerOfTwo")]
    public UInt256 DivPowerOfTwo()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++)
        {
            UInt256.Divide(_a[i], _powerOfTwo[i], out var result);
            sink ^= result;
        }
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Mod")]
    public UInt256 Mod()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++)
        {
            UInt256.Mod(_a[i], _divisor[i], out var result);
            sink ^= result;
        }
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("SDiv")]
    public UInt256 SDiv()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++)
        {
            UInt256.SDiv(_a[i], _divisor[i], out var result);
            sink ^= result;
        }
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("MulMod")]
    public UInt256 MulMod()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++)
        {
            UInt256.MulMod(_a[i], _b[i], _divisor[i], out var result);
            sink ^= result;
        }
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("MulModPrime")]
    public UInt256 MulModPrime()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++)
        {
            UInt256.MulMod(_belowPrimeA[i], _belowPrimeB[i], FieldPrime, out var result);
            sink ^= result;
        }
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("AddModAbove")]
    public UInt256 AddModAbove()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++)
        {
            UInt256.AddMod(_a[i], _b[i], _divisor[i], out var result);
            sink ^= result;
        }
        return sink;
    }
}
