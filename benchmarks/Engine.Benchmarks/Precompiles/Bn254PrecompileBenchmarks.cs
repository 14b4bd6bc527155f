using BenchmarkDotNet.Attributes;
using Csevm.Precompiles;
using Csevm.Precompiles.Crypto.Bn254;
using Csevm.Spec;

namespace Csevm.Benchmarks.Precompiles;

/// <summary>
/// ecadd, ecmul and ecpairing (0x06–0x08) on typical inputs and on the inputs slowest per unit of
/// gas: an addition of two distinct points and a doubling (each needs the one inversion of the
/// affine result), ecmul with full-length scalars, and pairing with one pair (the per-call charge
/// pays least there for the final exponentiation) as well as with 2 and 10 pairs.
/// </summary>
public class Bn254PrecompileBenchmarks : PrecompileBenchmark
{
    private const string G1 = "0000000000000000000000000000000000000000000000000000000000000001" + "0000000000000000000000000000000000000000000000000000000000000002";
    private const string G2 = "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2" + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
                            + "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b" + "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";
    private const string FullScalar = "2b3f9c1e7d5a48e6c0b4f2a19d8e7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807";
    private const string OrderMinusOne = "30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000000";

    [ParamsSource(nameof(Cases))]
    public override PrecompileCase Case { get; set; } = null!;

    public static IEnumerable<PrecompileCase> Cases()
    {
        var a = G1Multiple("1d4f3c2b1a0918f7e6d5c4b3a29180706f5e4d3c2b1a09f8e7d6c5b4a3928170");
        var b = G1Multiple("0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9");
        yield return PrecompileCase.FromHex("ecadd", Bn254AddPrecompile.Instance, a + b, Revision.Osaka);
        yield return PrecompileCase.FromHex("ecadd doubling", Bn254AddPrecompile.Instance, a + a, Revision.Osaka);
        yield return PrecompileCase.FromHex("ecmul 256-bit scalar", Bn254MulPrecompile.Instance, G1 + new string('f', 64), Revision.Osaka);
        yield return PrecompileCase.FromHex("ecmul random scalar", Bn254MulPrecompile.Instance, a + FullScalar, Revision.Osaka);
        yield return PrecompileCase.FromHex("ecmul r-1", Bn254MulPrecompile.Instance, b + OrderMinusOne, Revision.Osaka);
        yield return PrecompileCase.FromHex("ecpairing 1 pair", Bn254PairingPrecompile.Instance, a + G2Multiple(5), Revision.Osaka);
        yield return PrecompileCase.FromHex("ecpairing 2 pairs", Bn254PairingPrecompile.Instance, a + G2Multiple(5) + b + G2Multiple(7), Revision.Osaka);
        yield return PrecompileCase.FromHex("ecpairing 10 pairs", Bn254PairingPrecompile.Instance,
            string.Concat(Enumerable.Range(1, 10).Select(i => (i % 2 == 0 ? a : b) + G2Multiple(i))), Revision.Osaka);
    }

    private static string G1Multiple(string scalar)
    {
        if (!Bn254MulPrecompile.Instance.TryRun(Convert.FromHexString(G1 + scalar), Revision.Osaka, out var output))
            throw new InvalidOperationException("ecmul of the generator failed");
        return Convert.ToHexStringLower(output);
    }

    private static string G2Multiple(int k)
    {
        if (!Bn254Curve.TryReadG2(Convert.FromHexString(G2), out var x, out var y, out _)) throw new InvalidOperationException("bad G2 generator");
        if (!JacobianPoint<Fp2>.FromAffine(x, y).Multiply([(byte)k, 0x5a]).TryToAffine(out var kx, out var ky))
            throw new InvalidOperationException("G2 multiple is infinity");
        var bytes = new byte[Bn254Curve.G2Size];
        kx.B.WriteBigEndian(bytes);
        kx.A.WriteBigEndian(bytes.AsSpan(32));
        ky.B.WriteBigEndian(bytes.AsSpan(64));
        ky.A.WriteBigEndian(bytes.AsSpan(96));
        return Convert.ToHexStringLower(bytes);
    }
}
