using System.Numerics;
using Csevm.Precompiles.Crypto.Bls12381;

namespace Csevm.Tests.Precompiles.Bls12381;

/// <summary>The BigInteger side of the field tests: the modulus, random values below it, and conversions to and from Fp.</summary>
internal static class FieldOracle
{
    public static readonly BigInteger P = BigInteger.Parse("01a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab", System.Globalization.NumberStyles.HexNumber);

    public static BigInteger RandomBelowP(Random random)
    {
        var bytes = new byte[49];
        random.NextBytes(bytes);
        bytes[48] = 0;
        return new BigInteger(bytes) % P;
    }

    public static Fp ToFp(BigInteger value) => Fp.FromHex(value.ToString("x"));

    public static BigInteger ToBig(Fp value)
    {
        Span<byte> bytes = stackalloc byte[48];
        value.Write(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }
}
