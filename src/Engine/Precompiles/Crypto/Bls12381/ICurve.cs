namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>A short Weierstrass curve y² = x³ + B over the field <typeparamref name="TField"/> (a = 0 for BLS12-381's G1 and G2).</summary>
internal interface ICurve<TField> where TField : struct, IFieldElement<TField>
{
    static abstract TField B { get; }

    /// <summary>3B·a (3B is the constant of the complete addition formulas), by additions: cheaper than a multiplication.</summary>
    static abstract TField MulByB3(in TField a);
}

/// <summary>E: y² = x³ + 4 over Fp.</summary>
internal readonly struct G1Curve : ICurve<Fp>
{
    private static readonly Fp Four = Fp.FromUInt64(4);

    public static Fp B => Four;

    /// <summary>12a = 4·(2a + a).</summary>
    public static Fp MulByB3(in Fp a)
    {
        var three = Fp.Add(Fp.Double(a), a);
        var six = Fp.Double(three);
        return Fp.Double(six);
    }
}

/// <summary>The sextic (M-type) twist E': y² = x³ + 4ξ over Fp2, ξ = 1 + u.</summary>
internal readonly struct G2Curve : ICurve<Fp2>
{
    private static readonly Fp2 FourXi = new(Fp.FromUInt64(4), Fp.FromUInt64(4));

    public static Fp2 B => FourXi;

    /// <summary>12ξ·a = 4·(2ξa + ξa).</summary>
    public static Fp2 MulByB3(in Fp2 a)
    {
        var xiA = Fp2.MulByNonResidue(a);
        var three = Fp2.Add(Fp2.Double(xiA), xiA);
        var six = Fp2.Double(three);
        return Fp2.Double(six);
    }
}
