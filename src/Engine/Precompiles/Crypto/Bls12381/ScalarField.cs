namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>Facts about r, the prime order of G1, G2 and GT (the "BLS modulus" of EIP-4844).</summary>
internal static class ScalarField
{
    /// <summary>r = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001 as 32 big-endian bytes.</summary>
    public static ReadOnlySpan<byte> ModulusBigEndian =>
    [
        0x73, 0xed, 0xa7, 0x53, 0x29, 0x9d, 0x7d, 0x48, 0x33, 0x39, 0xd8, 0x08, 0x09, 0xa1, 0xd8, 0x05,
        0x53, 0xbd, 0xa4, 0x02, 0xff, 0xfe, 0x5b, 0xfe, 0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x01,
    ];

    /// <summary>True when a 32-byte big-endian value is below r (a canonical scalar).</summary>
    public static bool IsCanonical(ReadOnlySpan<byte> bigEndian32) => bigEndian32.SequenceCompareTo(ModulusBigEndian) < 0;
}
