namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>A short Weierstrass curve y² = x³ + B over the field <typeparamref name="TField"/> (a = 0 for BLS12-381's G1 and G2).</summary>
internal interface ICurve<TField> where TField : struct, IFieldElement<TField>
{
    static abstract TField B { get; }

    /// <summary>3·B, the constant of the complete addition formulas.</summary>
    static abstract TField B3 { get; }
}

/// <summary>E: y² = x³ + 4 over Fp.</summary>
internal readonly struct G1Curve : ICurve<Fp>
{
    private static readonly Fp Four = Fp.FromUInt64(4);
    private static readonly Fp Twelve = Fp.FromUInt64(12);

    public static Fp B => Four;
    public static Fp B3 => Twelve;
}

/// <summary>The sextic (M-type) twist E': y² = x³ + 4ξ over Fp2, ξ = 1 + u.</summary>
internal readonly struct G2Curve : ICurve<Fp2>
{
    private static readonly Fp2 FourXi = new(Fp.FromUInt64(4), Fp.FromUInt64(4));
    private static readonly Fp2 TwelveXi = new(Fp.FromUInt64(12), Fp.FromUInt64(12));

    public static Fp2 B => FourXi;
    public static Fp2 B3 => TwelveXi;
}
