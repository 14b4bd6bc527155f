using BenchmarkDotNet.Attributes;
using Csevm.Precompiles;
using Csevm.Spec;

namespace Csevm.Benchmarks.Precompiles;

/// <summary>
/// Each precompile on a typical input and on the input that is slowest per unit of gas, with the
/// gas charged and the throughput in Mgas/s beside the time. The BN254 curve precompiles have their
/// own class (Bn254PrecompileBenchmarks), BLS12-381, KZG and P-256 theirs (CurvePrecompileBenchmarks).
/// </summary>
public class PrecompileBenchmarks : PrecompileBenchmark
{
    // EIP-152's vector: state h, message "abc", offset counter 3, final block.
    private static readonly string Blake2FBody =
        "48c9bdf267e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d182e6ad7f520e511f6c3e2b8c68059b6bbd41fbabd9831f79217e1319cde05b"
        + "616263".PadRight(256, '0') + "03".PadRight(32, '0') + "01";

    [ParamsSource(nameof(Cases))]
    public override PrecompileCase Case { get; set; } = null!;

    public static IEnumerable<PrecompileCase> Cases()
    {
        yield return PrecompileCase.FromHex("ecrecover", EcRecoverPrecompile.Instance,
            "38d18acb67d25c8bb9942764b62f18e17054f66a817bd4295423adf9ed98873e" + "000000000000000000000000000000000000000000000000000000000000001b"
            + "38d18acb67d25c8bb9942764b62f18e17054f66a817bd4295423adf9ed98873e" + "789d1dd423d25f0772d2748d60f7e4b81bb14d086eba8e8e8efb6dcff8a4ae02", Revision.Osaka);
        yield return new PrecompileCase("sha256 32B", Sha256Precompile.Instance, new byte[32], Revision.Osaka);
        yield return new PrecompileCase("sha256 1KiB", Sha256Precompile.Instance, new byte[1024], Revision.Osaka);
        yield return new PrecompileCase("ripemd160 32B", Ripemd160Precompile.Instance, new byte[32], Revision.Osaka);
        yield return new PrecompileCase("ripemd160 1KiB", Ripemd160Precompile.Instance, new byte[1024], Revision.Osaka);
        yield return new PrecompileCase("identity 32B", IdentityPrecompile.Instance, new byte[32], Revision.Osaka);
        yield return new PrecompileCase("identity 1KiB", IdentityPrecompile.Instance, new byte[1024], Revision.Osaka);

        yield return ModExp("modexp RSA e=65537", 256, [0x01, 0x00, 0x01], odd: true, Revision.Osaka);
        yield return ModExp("modexp 32B e=max", 32, Enumerable.Repeat((byte)0xff, 32).ToArray(), odd: true, Revision.Osaka);
        yield return ModExp("modexp 1KiB odd e=3", 1024, [0x03], odd: true, Revision.Osaka);
        yield return ModExp("modexp 1KiB even e=3", 1024, [0x03], odd: false, Revision.Osaka);
        // Osaka's minimum price (500 gas) buys the most work on these: short exponents on moduli just
        // inside the flat 32-byte tier or just past it.
        yield return ModExp("modexp 32B e=2^32-1", 32, [0xff, 0xff, 0xff, 0xff], odd: true, Revision.Osaka);
        yield return ModExp("modexp 40B e=65535", 40, [0xff, 0xff], odd: true, Revision.Osaka);
        yield return ModExp("modexp 128B e=3", 128, [0x03], odd: true, Revision.Osaka);
        yield return ModExp("modexp 8B Berlin", 8, Enumerable.Repeat((byte)0xff, 32).ToArray(), odd: true, Revision.Berlin);
        yield return ModExp("modexp 1B Byzantium", 1, Enumerable.Repeat((byte)0xff, 32).ToArray(), odd: true, Revision.Byzantium);

        yield return PrecompileCase.FromHex("blake2f 1 round", Blake2FPrecompile.Instance, "00000001" + Blake2FBody, Revision.Osaka);
        yield return PrecompileCase.FromHex("blake2f 12 rounds", Blake2FPrecompile.Instance, "0000000c" + Blake2FBody, Revision.Osaka);
        yield return PrecompileCase.FromHex("blake2f 10000 rounds", Blake2FPrecompile.Instance, "00002710" + Blake2FBody, Revision.Osaka);
    }

    /// <summary>
    /// A modexp call with random base and modulus of <paramref name="size"/> bytes (top bit set). Names
    /// stay within 20 characters, the width BenchmarkDotNet prints; "e=max" is a 32-byte exponent of ones.
    /// </summary>
    private static PrecompileCase ModExp(string name, int size, byte[] exponent, bool odd, Revision revision)
    {
        var random = new Random(size);
        var input = new byte[96 + 2 * size + exponent.Length];
        input[31] = (byte)size; input[30] = (byte)(size >> 8);
        input[63] = (byte)exponent.Length;
        input[95] = (byte)size; input[94] = (byte)(size >> 8);
        random.NextBytes(input.AsSpan(96, size));
        exponent.CopyTo(input, 96 + size);
        var modulus = input.AsSpan(96 + size + exponent.Length, size);
        random.NextBytes(modulus);
        modulus[0] |= 0x80;
        modulus[^1] = odd ? (byte)(modulus[^1] | 1) : (byte)(modulus[^1] & 0xfe);
        return new PrecompileCase(name, ModExpPrecompile.Instance, input, revision);
    }
}
