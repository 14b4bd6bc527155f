using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Csevm.Precompiles;
using Csevm.Precompiles.Crypto.Bls12381;
using Csevm.Spec;
using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Benchmarks.Precompiles.Bls12381;

/// <summary>
/// The KZG, BLS12-381 and P-256 precompiles on typical inputs and on the inputs slowest per gas
/// (two pairs for pairing — a single pair of finite points needs no pairing, its product is never
/// one —, one pair for MSM without discount, 128 pairs at the deepest MSM discount, all-ones
/// scalars, a KZG proof not at infinity, a map-to-G1 input whose first SWU candidate fails), with
/// the gas charged and the throughput in Mgas/s beside the time.
/// </summary>
public class CurvePrecompileBenchmarks : PrecompileBenchmark
{
    [ParamsSource(nameof(Cases))]
    public override PrecompileCase Case { get; set; } = null!;

    public static IEnumerable<PrecompileCase> Cases() =>
        BuildCases().Select(c => new PrecompileCase(c.Key, c.Value.Item1, c.Value.Item2, c.Value.Item3));

    private static Dictionary<string, (IPrecompile, byte[], Revision)> BuildCases()
    {
        var allOnes = Enumerable.Repeat((byte)0xff, 32).ToArray();
        byte[] G1(int k) => Eip2537Encoding.EncodeG1(G1Point.Multiply(Generators.G1, [(byte)k, 0x5a]));
        byte[] G2(int k) => Eip2537Encoding.EncodeG2(G2Point.Multiply(Generators.G2, [(byte)k, 0xa5]));
        byte[] G1Msm(int count) => [.. Enumerable.Range(1, count).SelectMany(i => G1(i).Concat(allOnes))];
        byte[] G2Msm(int count) => [.. Enumerable.Range(1, count).SelectMany(i => G2(i).Concat(allOnes))];
        byte[] Pairs(int count) => [.. Enumerable.Range(1, count).SelectMany(i => G1(i).Concat(G2(i)))];
        var fp = new byte[64];
        fp[63] = 0x35;
        fp[20] = 0x77;
        var fp2 = new byte[128];
        fp2[63] = 0x35;
        fp2[127] = 0x12;

        return new()
        {
            ["kzg point evaluation"] = (KzgPointEvaluationPrecompile.Instance, KzgInput(), Revision.Cancun),
            ["kzg mainnet vector"] = (KzgPointEvaluationPrecompile.Instance, Convert.FromHexString(KzgMainnetVector), Revision.Cancun),
            ["p256verify valid"] = (P256VerifyPrecompile.Instance, P256Input(), Revision.Osaka),
            ["p256verify invalid r"] = (P256VerifyPrecompile.Instance, [.. P256Input().AsSpan(0, 32), .. new byte[32], .. P256Input().AsSpan(64)], Revision.Osaka),
            ["g1add"] = (Bls12G1AddPrecompile.Instance, [.. G1(1), .. G1(2)], Revision.Prague),
            ["g2add"] = (Bls12G2AddPrecompile.Instance, [.. G2(1), .. G2(2)], Revision.Prague),
            ["g1msm k=1"] = (Bls12G1MsmPrecompile.Instance, G1Msm(1), Revision.Prague),
            ["g1msm k=2"] = (Bls12G1MsmPrecompile.Instance, G1Msm(2), Revision.Prague),
            ["g1msm k=4"] = (Bls12G1MsmPrecompile.Instance, G1Msm(4), Revision.Prague),
            ["g1msm k=128"] = (Bls12G1MsmPrecompile.Instance, G1Msm(128), Revision.Prague),
            ["g2msm k=1"] = (Bls12G2MsmPrecompile.Instance, G2Msm(1), Revision.Prague),
            ["g2msm k=2"] = (Bls12G2MsmPrecompile.Instance, G2Msm(2), Revision.Prague),
            ["g2msm k=4"] = (Bls12G2MsmPrecompile.Instance, G2Msm(4), Revision.Prague),
            ["g2msm k=128"] = (Bls12G2MsmPrecompile.Instance, G2Msm(128), Revision.Prague),
            ["pairing k=1"] = (Bls12PairingCheckPrecompile.Instance, Pairs(1), Revision.Prague),
            ["pairing k=2"] = (Bls12PairingCheckPrecompile.Instance, Pairs(2), Revision.Prague),
            ["pairing k=8"] = (Bls12PairingCheckPrecompile.Instance, Pairs(8), Revision.Prague),
            ["map fp to g1"] = (Bls12MapFpToG1Precompile.Instance, fp, Revision.Prague),
            ["map fp2 to g2"] = (Bls12MapFp2ToG2Precompile.Instance, fp2, Revision.Prague),
        };
    }

    /// <summary>
    /// The consensus-spec vector "mainnet_1" of the EEST test_valid_inputs fixture: a real opening
    /// whose proof is not at infinity, so both pairs and both scalar multiplications do work.
    /// </summary>
    private const string KzgMainnetVector =
        "018156b94fe9735e573bab36dad05d60feb720d424ccd20aaf719343c31e4246019123bcb9d06356701f7be08b4494625b87a7b02edc566126fb81f6306e915f6c2eb1e94c2532935b8465351ba1bd88eabe2b3fa1aadff7d1cd816e8315bd38a9546d41993e10df2a7429b8490394ea9ee62807bae6f326d1044a51581306f58d4b9dfd5931e044688855280ff3799ea2ea83d9391e0ee42e0c650acc7a1f842a7d385189485ddb4fd54ade3d9fd50d608167dca6c776aad4b8ad5c20691bfe";

    /// <summary>A valid opening of p(x) = 42 at z = 7 (commitment [42]G1, proof infinity).</summary>
    private static byte[] KzgInput()
    {
        var commitment = new byte[48];
        G1Point.Multiply(Generators.G1, [42]).TryToAffine(out var x, out var y);
        x.Write(commitment);
        commitment[0] |= (byte)(0x80 | (Fp.IsLexicographicallyLargest(y) ? 0x20 : 0));
        var proof = new byte[48];
        proof[0] = 0xc0;
        var hash = SHA256.HashData(commitment);
        hash[0] = 0x01;
        var z = new byte[32];
        z[31] = 7;
        var value = new byte[32];
        value[31] = 42;
        return [.. hash, .. z, .. value, .. commitment, .. proof];
    }

    private static byte[] P256Input()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        key.ImportParameters(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = SHA256.HashData("csevm benchmark key"u8) });
        var hash = SHA256.HashData("csevm"u8);
        var signature = key.SignHash(hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var q = key.ExportParameters(false).Q;
        return [.. hash, .. signature, .. q.X!, .. q.Y!];
    }
}
