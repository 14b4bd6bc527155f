using System.Numerics;
using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

/// <summary>
/// Deterministic operands for checking UInt256 against BigInteger: random values whose widths
/// are drawn independently from the bands 0, 1-64, 65-128, 129-192 and 193-256 bits, and the
/// edge values where carries, borrows, signs and limb boundaries change behaviour.
/// </summary>
internal static class Operands
{
    public const int RandomCount = 10_000;

    public static readonly BigInteger Modulus = BigInteger.One << 256;
    public static readonly BigInteger SignBit = BigInteger.One << 255;

    /// <summary>0, 1, 2, 2^64-1, 2^64, 2^128±1, 2^255, 2^256-1 and every power of two with its neighbours.</summary>
    public static IReadOnlyList<UInt256> Edges { get; } = BuildEdges();

    /// <summary>The named edges without the power-of-two sweep, for pairing with every other edge.</summary>
    public static IReadOnlyList<UInt256> NamedEdges { get; } = new[]
    {
        BigInteger.Zero, BigInteger.One, new BigInteger(2), new BigInteger(3),
        (BigInteger.One << 64) - 1, BigInteger.One << 64, (BigInteger.One << 64) + 1,
        (BigInteger.One << 128) - 1, BigInteger.One << 128, (BigInteger.One << 128) + 1,
        (BigInteger.One << 192) - 1, BigInteger.One << 192,
        SignBit - 1, SignBit, SignBit + 1, Modulus - 2, Modulus - 1,
    }.Select(UInt256.FromBigInteger).ToArray();

    /// <summary>A fresh generator with a fixed seed, so every test sees the same operands on every run.</summary>
    public static Random NewRandom(int seed) => new(seed);

    /// <summary>A random value whose bit width is chosen uniformly among the five bands, then uniformly within it.</summary>
    public static UInt256 NextMixedWidth(this Random random)
    {
        int band = random.Next(5);
        int bits = band == 0 ? 0 : random.Next((band - 1) * 64 + 1, band * 64 + 1);
        return random.NextWithBitLength(bits);
    }

    /// <summary>A random value with exactly <paramref name="bits"/> significant bits.</summary>
    public static UInt256 NextWithBitLength(this Random random, int bits)
    {
        if (bits == 0) return UInt256.Zero;
        Span<byte> bytes = stackalloc byte[32];
        random.NextBytes(bytes);
        var value = UInt256.FromBigEndian(bytes);
        var mask = bits == 256 ? UInt256.MaxValue : (UInt256.One << bits) - UInt256.One;
        return (value & mask) | (UInt256.One << (bits - 1));
    }

    /// <summary>
    /// A random value of exactly <paramref name="limbs"/> limbs whose top limb has <paramref name="topBits"/>
    /// significant bits: as a divisor, 64 needs no normalising shift and 1 needs the largest (63).
    /// </summary>
    public static UInt256 NextWithLimbs(this Random random, int limbs, int topBits) =>
        random.NextWithBitLength(64 * (limbs - 1) + topBits);

    /// <summary>Random pairs of mixed width followed by every named edge paired with every edge (both orders).</summary>
    public static IEnumerable<(UInt256 A, UInt256 B)> Pairs(int seed)
    {
        var random = NewRandom(seed);
        for (int i = 0; i < RandomCount; i++)
            yield return (random.NextMixedWidth(), random.NextMixedWidth());
        foreach (var named in NamedEdges)
            foreach (var edge in Edges)
            {
                yield return (named, edge);
                yield return (edge, named);
            }
    }

    /// <summary>Random triples of mixed width, then edge operands against named edge moduli and random moduli.</summary>
    public static IEnumerable<(UInt256 A, UInt256 B, UInt256 M)> Triples(int seed)
    {
        var random = NewRandom(seed);
        for (int i = 0; i < RandomCount; i++)
            yield return (random.NextMixedWidth(), random.NextMixedWidth(), random.NextMixedWidth());
        foreach (var a in NamedEdges)
            foreach (var b in NamedEdges)
            {
                foreach (var m in NamedEdges) yield return (a, b, m);
                yield return (a, b, random.NextMixedWidth());
            }
        foreach (var edge in Edges)
            yield return (edge, random.NextMixedWidth(), random.NextMixedWidth());
    }

    public static BigInteger Wrap(BigInteger value) => ((value % Modulus) + Modulus) % Modulus;

    public static BigInteger ToSigned(BigInteger value) => value >= SignBit ? value - Modulus : value;

    private static UInt256[] BuildEdges()
    {
        var values = new HashSet<BigInteger> { 0, 1, 2, Modulus - 1, (BigInteger.One << 128) + 1, (BigInteger.One << 128) - 1 };
        for (int k = 0; k < 256; k++)
        {
            var power = BigInteger.One << k;
            values.Add(power - 1);
            values.Add(power);
            values.Add(power + 1);
            values.Add(Modulus - power);
        }
        return values.Order().Select(UInt256.FromBigInteger).ToArray();
    }
}
