using System.Security.Cryptography;
using Csevm.Precompiles.Crypto.Bls12381;
using Csevm.Spec;
using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Precompiles;

/// <summary>
/// EIP-4844 point evaluation (0x0a, Cancun): input versioned_hash ‖ z ‖ y ‖ commitment ‖ proof
/// (32 + 32 + 32 + 48 + 48 bytes). Checks that the versioned hash is 0x01 ‖ sha256(commitment)[1..],
/// that z and y are below r, and that the proof opens the commitment C to p(z) = y:
/// e(C − [y]G1, G2) = e(π, [τ]₂ − [z]G2), checked as e(C − [y]G1 + [z]π, −G2)·e(π, [τ]₂) = 1 so that
/// only G1 needs scalar multiplication. Returns FIELD_ELEMENTS_PER_BLOB ‖ BLS_MODULUS.
/// </summary>
public sealed class KzgPointEvaluationPrecompile : IPrecompile
{
    public static readonly KzgPointEvaluationPrecompile Instance = new();

    private const long Gas = 50000;
    private const int InputLength = 192;
    private const byte VersionedHashVersionKzg = 0x01;
    private const int FieldElementsPerBlob = 4096;

    /// <summary>[τ]₂ of the Ethereum KZG ceremony (KZG_SETUP_G2_MONOMIAL[1], compressed).</summary>
    private const string TrustedSetupTauG2 =
        "b5bfd7dd8cdeb128843bc287230af38926187075cbfbefa81009a2ce615ac53d2914e5870cb452d2afaaab24f3499f72185cbfee53492714734429b7b38608e23926c911cceceac9a36851477ba4c60b087041de621000edc98edada20c1def2";

    private static readonly G2Point TauG2 = CompressedEncoding.TryReadG2(Convert.FromHexString(TrustedSetupTauG2), out var point)
        ? point
        : throw new InvalidOperationException("the trusted setup's [τ]₂ constant does not decode");

    private static readonly G1Point NegatedG1 = G1Point.Negate(Generators.G1);

    /// <summary>Both G2 points are fixed, so their Miller-loop lines are computed (and normalized) once.</summary>
    private static readonly G2Lines?[] FixedG2Lines = [G2Lines.PrepareNormalized(G2Point.Negate(Generators.G2)), G2Lines.PrepareNormalized(TauG2)];

    private static readonly byte[] SuccessOutput = CreateSuccessOutput();

    public string Name => "point_evaluation";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => Gas;

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = [];
        if (input.Length != InputLength) return false;
        var versionedHash = input[..32];
        var z = input.Slice(32, 32);
        var y = input.Slice(64, 32);
        var commitmentBytes = input.Slice(96, CompressedEncoding.G1Length);
        var proofBytes = input.Slice(144, CompressedEncoding.G1Length);

        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(commitmentBytes, digest);
        if (versionedHash[0] != VersionedHashVersionKzg || !versionedHash[1..].SequenceEqual(digest[1..])) return false;
        if (!ScalarField.IsCanonical(z) || !ScalarField.IsCanonical(y)) return false;
        if (!CompressedEncoding.TryReadG1(commitmentBytes, out var commitment) || !CompressedEncoding.TryReadG1(proofBytes, out var proof)) return false;

        var left = G1Point.Add(commitment, EndomorphismMultiplication.MultiplyG1Pair(NegatedG1, y, proof, z));
        if (!Pairing.IsProductOnePrepared([left, proof], FixedG2Lines)) return false;
        output = (byte[])SuccessOutput.Clone();
        return true;
    }

    private static byte[] CreateSuccessOutput()
    {
        var output = new byte[64];
        output[30] = FieldElementsPerBlob >> 8;
        output[31] = FieldElementsPerBlob & 0xff;
        ScalarField.ModulusBigEndian.CopyTo(output.AsSpan(32));
        return output;
    }
}
