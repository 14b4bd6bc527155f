using System.Runtime.InteropServices;

namespace Csevm.Precompiles.Crypto;

/// <summary>
/// ECDSA verification on secp256r1 straight through libcrypto (OpenSSL 3). .NET's own route
/// imports the key with a full validity check, including n·Q = O, a scalar multiplication that
/// costs more than the verification; on a prime-order curve the on-curve check EC_POINT's setter
/// performs is all the EIP asks. Not available when libcrypto.so.3 cannot be loaded.
/// </summary>
internal static unsafe partial class OpenSslP256
{
    private const string Library = LibCrypto.Name;
    private const int Prime256V1 = 415; // NID_X9_62_prime256v1

    // One key per thread: the key and its public point are mutated per call.
    [ThreadStatic] private static nint _key;
    [ThreadStatic] private static nint _point;

    private static readonly Lazy<bool> Loadable = new(() =>
    {
        try
        {
            nint group = GroupNewByCurveName(Prime256V1);
            if (group == 0) return false;
            GroupFree(group);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    });

    public static bool IsAvailable => Loadable.Value;

    /// <summary>
    /// Verifies (r, s) over the 32-byte hash for public key (x, y): true for a valid signature; false
    /// for an invalid one or a point off the curve. Ranges of r, s, x, y are the caller's to check.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> hash, ReadOnlySpan<byte> r, ReadOnlySpan<byte> s, ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        if (_key == 0)
        {
            _key = KeyNewByCurveName(Prime256V1);
            _point = _key == 0 ? 0 : PointNew(KeyGetGroup(_key));
            if (_point == 0) throw new InvalidOperationException("libcrypto could not create a P-256 key");
        }
        nint bx = 0, by = 0, br = 0, bs = 0, signature = 0;
        try
        {
            fixed (byte* px = x, py = y, pr = r, ps = s, ph = hash)
            {
                bx = BigNumberFromBytes(px, x.Length, 0);
                by = BigNumberFromBytes(py, y.Length, 0);
                if (bx == 0 || by == 0) return false;
                if (PointSetAffineCoordinates(KeyGetGroup(_key), _point, bx, by, 0) != 1) return false; // off the curve
                if (KeySetPublicKey(_key, _point) != 1) return false;

                br = BigNumberFromBytes(pr, r.Length, 0);
                bs = BigNumberFromBytes(ps, s.Length, 0);
                signature = SignatureNew();
                if (br == 0 || bs == 0 || signature == 0 || SignatureSet0(signature, br, bs) != 1) return false;
                br = bs = 0; // owned by the signature now
                return DoVerify(ph, hash.Length, signature, _key) == 1;
            }
        }
        finally
        {
            if (signature != 0) SignatureFree(signature);
            BigNumberFree(br);
            BigNumberFree(bs);
            BigNumberFree(bx);
            BigNumberFree(by);
            ClearErrors();
        }
    }

    [LibraryImport(Library, EntryPoint = "EC_GROUP_new_by_curve_name")]
    private static partial nint GroupNewByCurveName(int nid);

    [LibraryImport(Library, EntryPoint = "EC_GROUP_free")]
    private static partial void GroupFree(nint group);

    [LibraryImport(Library, EntryPoint = "EC_KEY_new_by_curve_name")]
    private static partial nint KeyNewByCurveName(int nid);

    [LibraryImport(Library, EntryPoint = "EC_KEY_get0_group")]
    private static partial nint KeyGetGroup(nint key);

    [LibraryImport(Library, EntryPoint = "EC_KEY_set_public_key")]
    private static partial int KeySetPublicKey(nint key, nint point);

    [LibraryImport(Library, EntryPoint = "EC_POINT_new")]
    private static partial nint PointNew(nint group);

    [LibraryImport(Library, EntryPoint = "EC_POINT_set_affine_coordinates")]
    private static partial int PointSetAffineCoordinates(nint group, nint point, nint x, nint y, nint context);

    [LibraryImport(Library, EntryPoint = "BN_bin2bn")]
    private static partial nint BigNumberFromBytes(byte* bytes, int length, nint into);

    [LibraryImport(Library, EntryPoint = "BN_free")]
    private static partial void BigNumberFree(nint number);

    [LibraryImport(Library, EntryPoint = "ECDSA_SIG_new")]
    private static partial nint SignatureNew();

    [LibraryImport(Library, EntryPoint = "ECDSA_SIG_set0")]
    private static partial int SignatureSet0(nint signature, nint r, nint s);

    [LibraryImport(Library, EntryPoint = "ECDSA_SIG_free")]
    private static partial void SignatureFree(nint signature);

    [LibraryImport(Library, EntryPoint = "ECDSA_do_verify")]
    private static partial int DoVerify(byte* digest, int digestLength, nint signature, nint key);

    [LibraryImport(Library, EntryPoint = "ERR_clear_error")]
    private static partial void ClearErrors();
}
