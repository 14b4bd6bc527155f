using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// The compressed point format of the consensus and KZG specifications (ZCash's): x big-endian
/// (48 bytes for G1; c1 ‖ c0, 96 bytes for G2) with three flags in the top bits of the first byte —
/// compressed (must be set), infinity (then every other bit is zero) and sign (y is the
/// lexicographically larger root). Decoding rejects non-canonical x, x off the curve and points
/// outside the prime-order subgroup.
/// </summary>
internal static class CompressedEncoding
{
    public const int G1Length = Fp.ByteLength;
    public const int G2Length = 2 * Fp.ByteLength;

    private const byte CompressedFlag = 0x80;
    private const byte InfinityFlag = 0x40;
    private const byte SignFlag = 0x20;
    private const byte FlagMask = 0xe0;

    public static bool TryReadG1(ReadOnlySpan<byte> input, out G1Point point)
    {
        point = G1Point.Infinity;
        if (input.Length != G1Length || !TryReadFlags(input, out var isInfinity, out var sign)) return false;
        if (isInfinity) return true;
        Span<byte> xBytes = stackalloc byte[Fp.ByteLength];
        input.CopyTo(xBytes);
        xBytes[0] &= unchecked((byte)~FlagMask);
        if (!Fp.TryRead(xBytes, out var x)) return false;
        if (!Fp.TrySqrt(Fp.Add(Fp.Mul(Fp.Square(x), x), G1Curve.B), out var y)) return false;
        if (Fp.IsLexicographicallyLargest(y) != sign) y = Fp.Negate(y);
        point = G1Point.FromAffine(x, y);
        return Endomorphisms.IsInG1(point);
    }

    public static bool TryReadG2(ReadOnlySpan<byte> input, out G2Point point)
    {
        point = G2Point.Infinity;
        if (input.Length != G2Length || !TryReadFlags(input, out var isInfinity, out var sign)) return false;
        if (isInfinity) return true;
        Span<byte> c1Bytes = stackalloc byte[Fp.ByteLength];
        input[..Fp.ByteLength].CopyTo(c1Bytes);
        c1Bytes[0] &= unchecked((byte)~FlagMask);
        if (!Fp.TryRead(c1Bytes, out var c1) || !Fp.TryRead(input[Fp.ByteLength..], out var c0)) return false;
        var x = new Fp2(c0, c1);
        if (!Fp2.TrySqrt(Fp2.Add(Fp2.Mul(Fp2.Square(x), x), G2Curve.B), out var y)) return false;
        if (Fp2.IsLexicographicallyLargest(y) != sign) y = Fp2.Negate(y);
        point = G2Point.FromAffine(x, y);
        return Endomorphisms.IsInG2(point);
    }

    /// <summary>Checks the flag combination; an infinity encoding must have no sign and no other bit set.</summary>
    private static bool TryReadFlags(ReadOnlySpan<byte> input, out bool isInfinity, out bool sign)
    {
        var flags = input[0];
        isInfinity = (flags & InfinityFlag) != 0;
        sign = (flags & SignFlag) != 0;
        if ((flags & CompressedFlag) == 0) return false;
        if (!isInfinity) return true;
        return !sign && (input[0] & ~FlagMask) == 0 && input[1..].IndexOfAnyExcept((byte)0) < 0;
    }
}
