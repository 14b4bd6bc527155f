using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>RFC 9380 clear_cofactor: multiplication by h_eff (sections 8.8.1 and 8.8.2), which maps any curve point into the prime-order subgroup.</summary>
internal static class CofactorClearing
{
    /// <summary>h_eff for G1 = 1 − x = 0xd201000000010001.</summary>
    private static readonly byte[] G1Factor = Convert.FromHexString("d201000000010001");

    /// <summary>h_eff for G2, as RFC 9380 and EIP-2537 list it.</summary>
    private static readonly byte[] G2Factor = Convert.FromHexString(
        "0bc69f08f2ee75b3584c6a0ea91b352888e2a8e9145ad7689986ff031508ffe1329c2f178731db956d82bf015d1212b02ec0ec69d7477c1ae954cbc06689f6a359894c0adebbf6b4e8020005aaa95551");

    public static G1Point ClearG1(in G1Point p) => G1Point.Multiply(p, G1Factor);

    public static G2Point ClearG2(in G2Point p) => G2Point.Multiply(p, G2Factor);
}
