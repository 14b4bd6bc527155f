namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>RFC 9380 section 8.8.2 / appendix E.3 (and EIP-2537's field_to_curve): E'₂: y² = x³ + 240u·x + 1012(1 + u), its 3-isogeny to E', Z = −(2 + u).</summary>
internal readonly struct G2Isogeny : IIsogenousCurve<Fp2>
{
    private static readonly Fp2 CurveA = new(Fp.Zero, Fp.FromUInt64(240));
    private static readonly Fp2 CurveB = new(Fp.FromUInt64(1012), Fp.FromUInt64(1012));
    private static readonly Fp2 SwuZ = new(Fp.Negate(Fp.FromUInt64(2)), Fp.Negate(Fp.One));

    private static readonly Fp2[] XNum =
    [
        Fp2.FromHex("05c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6", "05c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6"),
        Fp2.FromHex("00", "11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71a"),
        Fp2.FromHex("11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71e", "08ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38d"),
        Fp2.FromHex("171d6541fa38ccfaed6dea691f5fb614cb14b4e7f4e810aa22d6108f142b85757098e38d0f671c7188e2aaaaaaaa5ed1", "00"),
    ];

    private static readonly Fp2[] XDen =
    [
        Fp2.FromHex("00", "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa63"),
        Fp2.FromHex("0c", "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa9f"),
        Fp2.One,
    ];

    private static readonly Fp2[] YNum =
    [
        Fp2.FromHex("1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706", "1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706"),
        Fp2.FromHex("00", "05c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97be"),
        Fp2.FromHex("11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71c", "08ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38f"),
        Fp2.FromHex("124c9ad43b6cf79bfbf7043de3811ad0761b0f37a1e26286b0e977c69aa274524e79097a56dc4bd9e1b371c71c718b10", "00"),
    ];

    private static readonly Fp2[] YDen =
    [
        Fp2.FromHex("1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa8fb", "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa8fb"),
        Fp2.FromHex("00", "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa9d3"),
        Fp2.FromHex("12", "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa99"),
        Fp2.One,
    ];

    /// <summary>Fp2 roots come from norms, not one exponentiation: the second candidate takes its own.</summary>
    public static bool SwuSquareRoot(in Fp2 gx1, in Fp2 u, out Fp2 y)
    {
        if (Fp2.TrySqrt(gx1, out y)) return true;
        var zu2 = Fp2.Mul(SwuZ, Fp2.Square(u));
        Fp2.TrySqrt(Fp2.Mul(Fp2.Mul(Fp2.Square(zu2), zu2), gx1), out y);
        return false;
    }

    public static Fp2 A => CurveA;
    public static Fp2 B => CurveB;
    public static Fp2 Z => SwuZ;
    public static Fp2[] XNumerator => XNum;
    public static Fp2[] XDenominator => XDen;
    public static Fp2[] YNumerator => YNum;
    public static Fp2[] YDenominator => YDen;
}
