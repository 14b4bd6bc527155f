using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Csevm.Precompiles.Crypto;

/// <summary>
/// SHA-256 straight through libcrypto's SHA256_Init/Update/Final on a context on the stack. .NET's
/// SHA256.HashData (and OpenSSL 3's own one-shot SHA256()) create and free an EVP context and fetch
/// the algorithm from the provider on every call: about 300 ns of a 32-byte hash that takes 65 ns
/// this way (measured in thread CPU time). Not available when libcrypto.so.3 cannot be loaded or
/// lacks these (deprecated since OpenSSL 3.0, still exported) functions.
/// </summary>
internal static unsafe partial class OpenSslSha256
{
    public const int HashSize = 32;

    /// <summary>sizeof(SHA256_CTX) is 112 bytes (eight state words, two length words, a 64-byte block, two counters); room to spare.</summary>
    private const int ContextSize = 128;

    /// <summary>Loaded and agreeing with .NET on the empty input, decided once (a constant to the JIT afterwards).</summary>
    public static readonly bool IsAvailable = Probe();

    /// <summary>Writes SHA-256(<paramref name="data"/>) into the first 32 bytes of <paramref name="digest"/>.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> digest)
    {
        if (digest.Length < HashSize) throw new ArgumentException("the digest needs 32 bytes", nameof(digest));
        byte* context = stackalloc byte[ContextSize];
        fixed (byte* input = data, output = digest)
        {
            if (Init(context) != 1 || Update(context, input, (nuint)data.Length) != 1 || Final(output, context) != 1)
                throw new CryptographicException("libcrypto's SHA-256 failed");
        }
    }

    private static bool Probe()
    {
        try
        {
            Span<byte> digest = stackalloc byte[HashSize];
            Hash([], digest);
            return digest.SequenceEqual(SHA256.HashData(ReadOnlySpan<byte>.Empty));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or CryptographicException)
        {
            return false;
        }
    }

    [LibraryImport(LibCrypto.Name, EntryPoint = "SHA256_Init")]
    private static partial int Init(byte* context);

    [LibraryImport(LibCrypto.Name, EntryPoint = "SHA256_Update")]
    private static partial int Update(byte* context, byte* data, nuint length);

    [LibraryImport(LibCrypto.Name, EntryPoint = "SHA256_Final")]
    private static partial int Final(byte* digest, byte* context);
}
