using System.Numerics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Csevm.Numerics;

namespace Csevm.Benchmarks.Numerics;

/// <summary>
/// Each EVM operation on UInt256 beside the same operation written with BigInteger (the baseline
/// of its category, reduced mod 2^256 and read as two's complement where the EVM does), for
/// full-width (256-bit) and small (64-bit) operands. The Ratio column is UInt256 time / BigInteger time.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class UInt256Benchmarks
{
    private static readonly BigInteger Modulus = BigInteger.One << 256;
    private static readonly BigInteger Mask = Modulus - 1;
    private static readonly BigInteger SignBit = BigInteger.One << 255;

    private UInt256 _a, _b, _divisor, _modulus, _shift, _byteIndex;
    private BigInteger _bigA, _bigB, _bigDivisor, _bigModulus;
    private int _shiftCount, _byteCount;

    /// <summary>Operand width in bits: 256 = full words, 64 = values that fit one limb.</summary>
    [Params(256, 64)]
    public int Bits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        _a = RandomWithBits(random, Bits);
        _b = RandomWithBits(random, Bits);
        _divisor = RandomWithBits(random, Bits * 5 / 8);
        _modulus = RandomWithBits(random, Bits);
        _shiftCount = 100 % Bits;
        _byteCount = 29;
        _shift = new UInt256((ulong)_shiftCount);
        _byteIndex = new UInt256((ulong)_byteCount);
        _bigA = _a.ToBigInteger();
        _bigB = _b.ToBigInteger();
        _bigDivisor = _divisor.ToBigInteger();
        _bigModulus = _modulus.ToBigInteger();
    }

    [Benchmark, BenchmarkCategory("Add")]
    public UInt256 Add() => _a + _b;

    [Benchmark(Baseline = true), BenchmarkCategory("Add")]
    public BigInteger AddBig() => (_bigA + _bigB) & Mask;

    [Benchmark, BenchmarkCategory("Sub")]
    public UInt256 Sub() => _a - _b;

    [Benchmark(Baseline = true), BenchmarkCategory("Sub")]
    public BigInteger SubBig() => (_bigA - _bigB) & Mask;

    [Benchmark, BenchmarkCategory("Mul")]
    public UInt256 Mul() => _a * _b;

    [Benchmark(Baseline = true), BenchmarkCategory("Mul")]
    public BigInteger MulBig() => (_bigA * _bigB) & Mask;

    [Benchmark, BenchmarkCategory("Div")]
    public UInt256 Div() => _a / _divisor;

    [Benchmark(Baseline = true), BenchmarkCategory("Div")]
    public BigInteger DivBig() => _bigA / _bigDivisor;

    [Benchmark, BenchmarkCategory("Mod")]
    public UInt256 Mod() => _a % _divisor;

    [Benchmark(Baseline = true), BenchmarkCategory("Mod")]
    public BigInteger ModBig() => _bigA % _bigDivisor;

    [Benchmark, BenchmarkCategory("SDiv")]
    public UInt256 SDiv()
    {
        UInt256.SDiv(_a, _divisor, out var result);
        return result;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("SDiv")]
    public BigInteger SDivBig() => BigInteger.Divide(Signed(_bigA), Signed(_bigDivisor)) & Mask;

    [Benchmark, BenchmarkCategory("AddMod")]
    public UInt256 AddMod()
    {
        UInt256.AddMod(_a, _b, _modulus, out var result);
        return result;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("AddMod")]
    public BigInteger AddModBig() => (_bigA + _bigB) % _bigModulus;

    [Benchmark, BenchmarkCategory("MulMod")]
    public UInt256 MulMod()
    {
        UInt256.MulMod(_a, _b, _modulus, out var result);
        return result;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("MulMod")]
    public BigInteger MulModBig() => _bigA * _bigB % _bigModulus;

    [Benchmark, BenchmarkCategory("Exp")]
    public UInt256 Exp()
    {
        UInt256.Exp(_a, _b, out var result);
        return result;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Exp")]
    public BigInteger ExpBig() => BigInteger.ModPow(_bigA, _bigB, Modulus);

    [Benchmark, BenchmarkCategory("Shl")]
    public UInt256 Shl()
    {
        UInt256.Shl(_shift, _a, out var result);
        return result;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Shl")]
    public BigInteger ShlBig() => (_bigA << _shiftCount) & Mask;

    [Benchmark, BenchmarkCategory("Sar")]
    public UInt256 Sar()
    {
        UInt256.Sar(_shift, _a, out var result);
        return result;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Sar")]
    public BigInteger SarBig() => (Signed(_bigA) >> _shiftCount) & Mask;

    [Benchmark, BenchmarkCategory("SignExtend")]
    public UInt256 SignExtend()
    {
        UInt256.SignExtend(_byteIndex, _a, out var result);
        return result;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("SignExtend")]
    public BigInteger SignExtendBig()
    {
        int bits = 8 * (_byteCount + 1);
        var low = _bigA & ((BigInteger.One << bits) - 1);
        return (low >= BigInteger.One << (bits - 1) ? low - (BigInteger.One << bits) : low) & Mask;
    }

    [Benchmark, BenchmarkCategory("Byte")]
    public UInt256 Byte()
    {
        UInt256.Byte(_byteIndex, _a, out var result);
        return result;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Byte")]
    public BigInteger ByteBig() => (_bigA >> (8 * (31 - _byteCount))) & 0xFF;

    [Benchmark, BenchmarkCategory("Slt")]
    public bool Slt() => UInt256.SignedLessThan(_a, _b);

    [Benchmark(Baseline = true), BenchmarkCategory("Slt")]
    public bool SltBig() => Signed(_bigA) < Signed(_bigB);

    [Benchmark, BenchmarkCategory("Clz")]
    public int Clz() => UInt256.LeadingZeroCount(_a);

    [Benchmark(Baseline = true), BenchmarkCategory("Clz")]
    public int ClzBig() => 256 - (int)_bigA.GetBitLength();

    private static BigInteger Signed(BigInteger value) => value >= SignBit ? value - Modulus : value;

    private static UInt256 RandomWithBits(Random random, int bits)
    {
        Span<byte> bytes = stackalloc byte[32];
        random.NextBytes(bytes);
        var value = UInt256.FromBigEndian(bytes) >> (256 - bits);
        return value | (UInt256.One << (bits - 1));
    }
}
