namespace Csevm.Precompiles.Crypto;

/// <summary>
/// OpenSSL 3's libcrypto, which the runtime itself loads for System.Security.Cryptography on Linux:
/// the precompiles that call it directly (<see cref="OpenSslP256"/>, <see cref="OpenSslSha256"/>)
/// bind this one name, and each falls back to .NET's own API where it cannot be loaded.
/// </summary>
internal static class LibCrypto
{
    public const string Name = "libcrypto.so.3";
}
