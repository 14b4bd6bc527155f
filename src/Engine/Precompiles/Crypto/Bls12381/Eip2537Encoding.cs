using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// The EIP-2537 wire format: an Fp element is 64 big-endian bytes whose first 16 are zero and whose
/// value is below p; Fp2 is c0 ‖ c1; a G1 point is x ‖ y (128 bytes), a G2 point x ‖ y (256 bytes);
/// infinity is all zeros. Decoding checks the curve equation but not subgroup membership, which
/// only MSM and pairing require (<see cref="TryReadG1InSubgroup"/>).
/// </summary>
internal static class Eip2537Encoding
{
    public const int FpLength = 64;
    public const int Fp2Length = 2 * FpLength;
    public const int G1Length = 2 * FpLength;
    public const int G2Length = 2 * Fp2Length;
    public const int ScalarLength = 32;

    private const int Padding = FpLength - Fp.ByteLength;

    public static bool TryReadFp(ReadOnlySpan<byte> input, out Fp value)
    {
        value = default;
        return input[..Padding].IndexOfAnyExcept((byte)0) < 0 && Fp.TryRead(input.Slice(Padding, Fp.ByteLength), out value);
    }

    public static bool TryReadFp2(ReadOnlySpan<byte> input, out Fp2 value)
    {
        value = default;
        if (!TryReadFp(input[..FpLength], out var c0) || !TryReadFp(input.Slice(FpLength, FpLength), out var c1)) return false;
        value = new Fp2(c0, c1);
        return true;
    }

    public static bool TryReadG1(ReadOnlySpan<byte> input, out G1Point point)
    {
        point = G1Point.Infinity;
        if (!TryReadFp(input[..FpLength], out var x) || !TryReadFp(input.Slice(FpLength, FpLength), out var y)) return false;
        if (x.IsZero && y.IsZero) return true;
        point = G1Point.FromAffine(x, y);
        return G1Point.IsOnCurve(x, y);
    }

    public static bool TryReadG2(ReadOnlySpan<byte> input, out G2Point point)
    {
        point = G2Point.Infinity;
        if (!TryReadFp2(input[..Fp2Length], out var x) || !TryReadFp2(input.Slice(Fp2Length, Fp2Length), out var y)) return false;
        if (x.IsZero && y.IsZero) return true;
        point = G2Point.FromAffine(x, y);
        return G2Point.IsOnCurve(x, y);
    }

    public static bool TryReadG1InSubgroup(ReadOnlySpan<byte> input, out G1Point point) =>
        TryReadG1(input, out point) && Endomorphisms.IsInG1(point);

    public static bool TryReadG2InSubgroup(ReadOnlySpan<byte> input, out G2Point point) =>
        TryReadG2(input, out point) && Endomorphisms.IsInG2(point);

    public static void WriteFp(in Fp value, Span<byte> output)
    {
        output[..Padding].Clear();
        value.Write(output.Slice(Padding, Fp.ByteLength));
    }

    public static byte[] EncodeG1(in G1Point point)
    {
        var output = new byte[G1Length];
        if (point.TryToAffine(out var x, out var y))
        {
            WriteFp(x, output);
            WriteFp(y, output.AsSpan(FpLength));
        }
        return output;
    }

    public static byte[] EncodeG2(in G2Point point)
    {
        var output = new byte[G2Length];
        if (point.TryToAffine(out var x, out var y))
        {
            WriteFp(x.C0, output);
            WriteFp(x.C1, output.AsSpan(FpLength));
            WriteFp(y.C0, output.AsSpan(2 * FpLength));
            WriteFp(y.C1, output.AsSpan(3 * FpLength));
        }
        return output;
    }
}
