using System.Runtime.InteropServices;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Precompiles.Crypto;

/// <summary>
/// Public-key recovery on secp256k1 through libsecp256k1 (Debian's libsecp256k1-dev). One
/// verification context is created on first use and shared: the library allows concurrent use of
/// a context for everything but randomisation.
/// </summary>
public static unsafe partial class Secp256k1
{
    private const string Library = "libsecp256k1.so.1";
    private const uint ContextVerify = (1u << 0) | (1u << 8);
    private const uint SerializeUncompressed = 1u << 1;

    /// <summary>The group order n.</summary>
    public static readonly UInt256 Order = UInt256.Parse("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");

    /// <summary>n / 2: signatures with s above it are malleable (EIP-2 rejects them in transactions).</summary>
    public static readonly UInt256 HalfOrder = UInt256.Parse("0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");

    private static readonly Lazy<nint> Context = new(CreateContext);

    /// <summary>
    /// The address that signed <paramref name="hash"/> with signature (<paramref name="r"/>, <paramref name="s"/>)
    /// and recovery id <paramref name="yParity"/> (0 or 1), or false if no such key exists or r, s are outside [1, n-1].
    /// </summary>
    public static bool TryRecoverAddress(ReadOnlySpan<byte> hash, int yParity, in UInt256 r, in UInt256 s, out Address address)
    {
        address = default;
        if (hash.Length != 32) throw new ArgumentException("the message hash is 32 bytes", nameof(hash));
        if ((uint)yParity > 1 || !IsScalarInRange(r) || !IsScalarInRange(s)) return false;

        Span<byte> compact = stackalloc byte[64];
        r.ToBigEndian(compact);
        s.ToBigEndian(compact[32..]);
        Span<byte> signature = stackalloc byte[65];
        Span<byte> publicKey = stackalloc byte[64];
        Span<byte> serialized = stackalloc byte[65];
        nuint serializedLength = 65;
        nint context = Context.Value;
        fixed (byte* compactPtr = compact, signaturePtr = signature, publicKeyPtr = publicKey, serializedPtr = serialized, hashPtr = hash)
        {
            if (RecoverableSignatureParseCompact(context, signaturePtr, compactPtr, yParity) != 1) return false;
            if (Recover(context, publicKeyPtr, signaturePtr, hashPtr) != 1) return false;
            if (PublicKeySerialize(context, serializedPtr, &serializedLength, publicKeyPtr, SerializeUncompressed) != 1 || serializedLength != 65) return false;
        }

        // The address is the last 20 bytes of keccak(x || y), skipping the 0x04 prefix.
        Span<byte> digest = stackalloc byte[32];
        Keccak256.Hash(serialized[1..], digest);
        address = new Address(digest[12..]);
        return true;
    }

    private static bool IsScalarInRange(in UInt256 value) => !value.IsZero && value < Order;

    private static nint CreateContext()
    {
        try
        {
            nint context = ContextCreate(ContextVerify);
            return context != 0 ? context : throw new InvalidOperationException("secp256k1_context_create failed");
        }
        catch (DllNotFoundException e)
        {
            throw new DllNotFoundException($"{Library} not found: install libsecp256k1 (Debian: apt-get install libsecp256k1-dev)", e);
        }
    }

    [LibraryImport(Library, EntryPoint = "secp256k1_context_create")]
    private static partial nint ContextCreate(uint flags);

    [LibraryImport(Library, EntryPoint = "secp256k1_ecdsa_recoverable_signature_parse_compact")]
    private static partial int RecoverableSignatureParseCompact(nint context, byte* signature, byte* input64, int recoveryId);

    [LibraryImport(Library, EntryPoint = "secp256k1_ecdsa_recover")]
    private static partial int Recover(nint context, byte* publicKey, byte* signature, byte* messageHash32);

    [LibraryImport(Library, EntryPoint = "secp256k1_ec_pubkey_serialize")]
    private static partial int PublicKeySerialize(nint context, byte* output, nuint* outputLength, byte* publicKey, uint flags);
}
