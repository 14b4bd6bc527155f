using System.Numerics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Csevm.Numerics;

namespace Csevm.Benchmarks.Numerics;

/// <summary>
/// Each EVM operation on UInt256 beside the same operation written with BigInteger (the baseline
/// of its category, reduced mod 2^256 and read as two's complement where the EVM does), for
/// full-width (256-bit) and small (64-bit) operands. Every benchmark runs over the same
/// <see cref="Count"/> random operand sets and reports the time per operation, so even
/// sub-nanosecond operations measure above the timer's resolution. Ratio = UInt256 / BigInteger.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class UInt256Benchmarks
{
    private const int Count = 64;
    private static readonly BigInteger Modulus = BigInteger.One << 256;
    private static readonly BigInteger Mask = Modulus - 1;
    private static readonly BigInteger SignBit = BigInteger.One << 255;

    private readonly UInt256[] _a = new UInt256[Count], _b = new UInt256[Count], _divisor = new UInt256[Count], _modulus = new UInt256[Count];
    private readonly UInt256[] _shift = new UInt256[Count], _byteIndex = new UInt256[Count];
    private readonly BigInteger[] _bigA = new BigInteger[Count], _bigB = new BigInteger[Count], _bigDivisor = new BigInteger[Count], _bigModulus = new BigInteger[Count];
    private readonly int[] _shiftCount = new int[Count], _byteCount = new int[Count];

    /// <summary>Operand width in bits: 256 = full words, 64 = values that fit one limb.</summary>
    [Params(256, 64)]
    public int Bits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        for (int i = 0; i < Count; i++)
        {
            _a[i] = RandomWithBits(random, Bits);
            _b[i] = RandomWithBits(random, Bits);
            _divisor[i] = RandomWithBits(random, Bits * 5 / 8);
            _modulus[i] = RandomWithBits(random, Bits);
            _shiftCount[i] = random.Next(Bits);
            _byteCount[i] = random.Next(32 - Bits / 8, 31);
            _shift[i] = new UInt256((ulong)_shiftCount[i]);
            _byteIndex[i] = new UInt256((ulong)_byteCount[i]);
            _bigA[i] = _a[i].ToBigInteger();
            _bigB[i] = _b[i].ToBigInteger();
            _bigDivisor[i] = _divisor[i].ToBigInteger();
            _bigModulus[i] = _modulus[i].ToBigInteger();
        }
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Add")]
    public UInt256 Add()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++) sink ^= _a[i] + _b[i];
        return sink;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Add")]
    public BigInteger AddBig()
    {
        BigInteger sink = default;
        for (int i = 0; i < Count; i++) sink = (_bigA[i] + _bigB[i]) & Mask;
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Sub")]
    public UInt256 Sub()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++) sink ^= _a[i] - _b[i];
        return sink;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Sub")]
    public BigInteger SubBig()
    {
        BigInteger sink = default;
        for (int i = 0; i < Count; i++) sink = (_bigA[i] - _bigB[i]) & Mask;
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Mul")]
    public UInt256 Mul()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++) sink ^= _a[i] * _b[i];
        return sink;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Mul")]
    public BigInteger MulBig()
    {
        BigInteger sink = default;
        for (int i = 0; i < Count; i++) sink = (_bigA[i] * _bigB[i]) & Mask;
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Div")]
    public UInt256 Div()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++) sink ^= _a[i] / _divisor[i];
        return sink;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Div")]
    public BigInteger DivBig()
    {
        BigInteger sink = default;
        for (int i = 0; i < Count; i++) sink = _bigA[i] / _bigDivisor[i];
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Mod")]
    public UInt256 Mod()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++) sink ^= _a[i] % _divisor[i];
        return sink;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Mod")]
    public BigInteger ModBig()
    {
        BigInteger sink = default;
        for (int i = 0; i < Count; i++) sink = _bigA[i] % _bigDivisor[i];
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

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("SDiv")]
    public BigInteger SDivBig()
    {
        BigInteger sink = default;
        for (int i = 0; i < Count; i++) sink = BigInteger.Divide(Signed(_bigA[i]), Signed(_bigDivisor[i])) & Mask;
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("AddMod")]
    public UInt256 AddMod()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++)
        {
            UInt256.AddMod(_a[i], _b[i], _modulus[i], out var result);
            sink ^= result;
        }
        return sink;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("AddMod")]
    public BigInteger AddModBig()
    {
        BigInteger sink = default;
        for (int i = 0; i < Count; i++) sink = (_bigA[i] + _bigB[i]) % _bigModulus[i];
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("MulMod")]
    public UInt256 MulMod()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++)
        {
            UInt256.MulMod(_a[i], _b[i], _modulus[i], out var result);
            sink ^= result;
        }
        return sink;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("MulMod")]
    public BigInteger MulModBig()
    {
        BigInteger sink = default;
        for (int i = 0; i < Count; i++) sink = _bigA[i] * _bigB[i] % _bigModulus[i];
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Exp")]
    public UInt256 Exp()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++)
        {
            UInt256.Exp(_a[i], _b[i], out var result);
            sink ^= result;
        }
        return sink;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Exp")]
    public BigInteger ExpBig()
    {
        BigInteger sink = default;
        for (int i = 0; i < Count; i++) sink = BigInteger.ModPow(_bigA[i], _bigB[i], Modulus);
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Shl")]
    public UInt256 Shl()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++)
        {
            UInt256.Shl(_shift[i], _a[i], out var result);
            sink ^= result;
        }
        return sink;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Shl")]
    public BigInteger ShlBig()
    {
        BigInteger sink = default;
        for (int i = 0; i < Count; i++) sink = (_bigA[i] << _shiftCount[i]) & Mask;
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Sar")]
    public UInt256 Sar()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++)
        {
            UInt256.Sar(_shift[i], _a[i], out var result);
            sink ^= result;
        }
        return sink;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Sar")]
    public BigInteger SarBig()
    {
        BigInteger sink = default;
        for (int i = 0; i < Count; i++) sink = (Signed(_bigA[i]) >> _shiftCount[i]) & Mask;
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("SignExtend")]
    public UInt256 SignExtend()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++)
        {
            UInt256.SignExtend(_byteIndex[i], _a[i], out var result);
            sink ^= result;
        }
        return sink;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("SignExtend")]
    public BigInteger SignExtendBig()
    {
        BigInteger sink = default;
        for (int i = 0; i < Count; i++)
        {
            int bits = 8 * (_byteCount[i] + 1);
            var low = _bigA[i] & ((BigInteger.One << bits) - 1);
            sink = (low >= BigInteger.One << (bits - 1) ? low - (BigInteger.One << bits) : low) & Mask;
        }
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Byte")]
    public UInt256 Byte()
    {
        UInt256 sink = default;
        for (int i = 0; i < Count; i++)
        {
            UInt256.Byte(_byteIndex[i], _a[i], out var result);
            sink ^= result;
        }
        return sink;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Byte")]
    public BigInteger ByteBig()
    {
        BigInteger sink = default;
        for (int i = 0; i < Count; i++) sink = (_bigA[i] >> (8 * (31 - _byteCount[i]))) & 0xFF;
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Slt")]
    public int Slt()
    {
        int sink = 0;
        for (int i = 0; i < Count; i++) sink += UInt256.SignedLessThan(_a[i], _b[i]) ? 1 : 0;
        return sink;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Slt")]
    public int SltBig()
    {
        int sink = 0;
        for (int i = 0; i < Count; i++) sink += Signed(_bigA[i]) < Signed(_bigB[i]) ? 1 : 0;
        return sink;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Clz")]
    public int Clz()
    {
        int sink = 0;
        for (int i = 0; i < Count; i++) sink += UInt256.LeadingZeroCount(_a[i]);
        return sink;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Clz")]
    public int ClzBig()
    {
        int sink = 0;
        for (int i = 0; i < Count; i++) sink += 256 - (int)_bigA[i].GetBitLength();
        return sink;
    }

    private static BigInteger Signed(BigInteger value) => value >= SignBit ? value - Modulus : value;

    internal static UInt256 RandomWithBits(Random random, int bits)
    {
        Span<byte> bytes = stackalloc byte[32];
        random.NextBytes(bytes);
        var value = UInt256.FromBigEndian(bytes) >> (256 - bits);
        return value | (UInt256.One << (bits - 1));
    }
}
