using System.Security.Cryptography;
using Csevm.Precompiles.Crypto;
using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>
/// EIP-7951 P256VERIFY (0x100, Osaka): ECDSA verification on secp256r1. Input is exactly 160 bytes,
/// hash ‖ r ‖ s ‖ qx ‖ qy; the output is the 32-byte word 1 for a valid signature and empty for
/// anything else, including malformed input: the call itself never fails. The EIP's input rules
/// (0 &lt; r, s &lt; n; coordinates below p; Q on the curve, not infinity) are enforced here and by
/// OpenSSL's point setter; the verification itself (no low-s rule, R'.x compared mod n, hash used
/// whole as it is 256 bits) is OpenSSL's, which matches the EIP's equations. libcrypto is called
/// directly (<see cref="OpenSslP256"/>); .NET's ECDsa is the fallback where it cannot be loaded.
/// </summary>
public sealed class P256VerifyPrecompile : IPrecompile
{
    public static readonly P256VerifyPrecompile Instance = new();

    private const long Gas = 6900;
    private const int InputLength = 160;

    private static ReadOnlySpan<byte> FieldModulus =>
    [
        0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    ];

    private static ReadOnlySpan<byte> GroupOrder =>
    [
        0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xbc, 0xe6, 0xfa, 0xad, 0xa7, 0x17, 0x9e, 0x84, 0xf3, 0xb9, 0xca, 0xc2, 0xfc, 0x63, 0x25, 0x51,
    ];

    private static readonly byte[] ValidOutput = CreateValidOutput();

    public string Name => "p256verify";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => Gas;

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = IsValidSignature(input, OpenSslP256.IsAvailable) ? (byte[])ValidOutput.Clone() : [];
        return true;
    }

    /// <summary>The EIP's input rules, then the verification through libcrypto directly or through .NET's ECDsa.</summary>
    internal static bool IsValidSignature(ReadOnlySpan<byte> input, bool throughLibcrypto)
    {
        if (input.Length != InputLength) return false;
        var hash = input[..32];
        var signature = input.Slice(32, 64);
        var qx = input.Slice(96, 32);
        var qy = input.Slice(128, 32);
        if (!IsInRange(signature[..32], GroupOrder) || !IsInRange(signature[32..], GroupOrder)) return false;
        if (qx.SequenceCompareTo(FieldModulus) >= 0 || qy.SequenceCompareTo(FieldModulus) >= 0) return false;
        if (qx.IndexOfAnyExcept((byte)0) < 0 && qy.IndexOfAnyExcept((byte)0) < 0) return false;
        if (throughLibcrypto) return OpenSslP256.Verify(hash, signature[..32], signature[32..], qx, qy);
        try
        {
            // Import validates that Q lies on the curve (and, the cofactor being 1, in the group).
            using var key = ECDsa.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = qx.ToArray(), Y = qy.ToArray() },
            });
            return key.VerifyHash(hash, signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>0 &lt; value &lt; bound for 32-byte big-endian values.</summary>
    private static bool IsInRange(ReadOnlySpan<byte> value, ReadOnlySpan<byte> bound) =>
        value.IndexOfAnyExcept((byte)0) >= 0 && value.SequenceCompareTo(bound) < 0;

    private static byte[] CreateValidOutput()
    {
        var output = new byte[32];
        output[31] = 1;
        return output;
    }
}
