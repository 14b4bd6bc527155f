using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>RFC 9380 clear_cofactor: multiplication by h_eff (sections 8.8.1 and 8.8.2), which maps any curve point into the prime-order subgroup.</summary>
internal static class CofactorClearing
{
    /// <summary>h_eff for G1 = 1 − x = 0xd201000000010001.</summary>
    private static readonly byte[] G1Factor = Convert.FromHexString("d201000000010001");

    public static G1Point ClearG1(in G1Point p) => G1Point.Multiply(p, G1Factor);

    /// <summary>h_eff·P for G2 (a 636-bit h_eff), through the endomorphism ψ.</summary>
    public static G2Point ClearG2(in G2Point p) => Endomorphisms.ClearG2Cofactor(p);
}
