namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// Karabina's compressed form of an element of the cyclotomic subgroup of Fp12 (eprint 2010/542,
/// theorem 3.1): viewing Fp12 as Fp4[w]/(w³ − t), Fp4 = Fp2[t]/(t² − ξ), an element is
/// (g0 + g1·t) + (g2 + g3·t)·w + (g4 + g5·t)·w², and g2..g5 determine g0 and g1. Squaring the
/// four kept coefficients costs four Fp2 multiplications instead of Granger–Scott's nine squarings;
/// getting g0 and g1 back needs a division, so runs of squarings are decompressed together with one
/// shared inversion (<see cref="DecompressAll"/>).
/// </summary>
internal readonly struct CompressedCyclotomic
{
    public readonly Fp2 G2, G3, G4, G5;

    private CompressedCyclotomic(in Fp2 g2, in Fp2 g3, in Fp2 g4, in Fp2 g5)
    {
        G2 = g2;
        G3 = g3;
        G4 = g4;
        G5 = g5;
    }

    /// <summary>Keeps the coefficients of w (g2), w⁴ (g3), w² (g4) and w⁵ (g5) of a cyclotomic element.</summary>
    public static CompressedCyclotomic Compress(in Fp12 f) => new(f.C1.C0, f.C0.C2, f.C0.C1, f.C1.C2);

    /// <summary>
    /// The square: with A_ij = (g_i + g_j)(g_i + ξg_j) and B_ij = g_i·g_j,
    /// h2 = 2(g2 + 3ξB45), h3 = 3(A45 − (ξ + 1)B45) − 2g3, h4 = 3(A23 − (ξ + 1)B23) − 2g4, h5 = 2(g5 + 3B23).
    /// </summary>
    public static CompressedCyclotomic Square(in CompressedCyclotomic g)
    {
        var b45 = Fp2.Mul(g.G4, g.G5);
        var xiB45 = Fp2.MulByNonResidue(b45);
        var a45 = Fp2.Mul(Fp2.Add(g.G4, g.G5), Fp2.Add(g.G4, Fp2.MulByNonResidue(g.G5)));
        var b23 = Fp2.Mul(g.G2, g.G3);
        var a23 = Fp2.Mul(Fp2.Add(g.G2, g.G3), Fp2.Add(g.G2, Fp2.MulByNonResidue(g.G3)));
        var h2 = Fp2.Double(Fp2.Add(g.G2, Triple(xiB45)));
        var h3 = Fp2.Sub(Triple(Fp2.Sub(a45, Fp2.Add(xiB45, b45))), Fp2.Double(g.G3));
        var h4 = Fp2.Sub(Triple(Fp2.Sub(a23, Fp2.Add(Fp2.MulByNonResidue(b23), b23))), Fp2.Double(g.G4));
        var h5 = Fp2.Double(Fp2.Add(g.G5, Triple(b23)));
        return new(h2, h3, h4, h5);
    }

    /// <summary>
    /// The full elements back: g1 = (ξg5² + 3g4² − 2g3)/(4g2), or 2g4g5/g3 when g2 = 0, and
    /// g0 = ξ(2g1² + g2g5 − 3g3g4) + 1. All denominators share one inversion (Montgomery's trick).
    /// </summary>
    public static void DecompressAll(ReadOnlySpan<CompressedCyclotomic> compressed, Span<Fp12> results)
    {
        Span<Fp2> numerators = stackalloc Fp2[compressed.Length];
        Span<Fp2> denominators = stackalloc Fp2[compressed.Length];
        for (var i = 0; i < compressed.Length; i++)
        {
            ref readonly var g = ref compressed[i];
            if (g.G2.IsZero)
            {
                numerators[i] = Fp2.Double(Fp2.Mul(g.G4, g.G5));
                denominators[i] = g.G3;
            }
            else
            {
                numerators[i] = Fp2.Sub(Fp2.Add(Fp2.MulByNonResidue(Fp2.Square(g.G5)), Triple(Fp2.Square(g.G4))), Fp2.Double(g.G3));
                denominators[i] = Fp2.Double(Fp2.Double(g.G2));
            }
        }
        BatchInversion.Invert(denominators);
        for (var i = 0; i < compressed.Length; i++)
        {
            ref readonly var g = ref compressed[i];
            var g1 = Fp2.Mul(numerators[i], denominators[i]);
            var g0 = Fp2.Add(
                Fp2.MulByNonResidue(Fp2.Sub(Fp2.Add(Fp2.Double(Fp2.Square(g1)), Fp2.Mul(g.G2, g.G5)), Triple(Fp2.Mul(g.G3, g.G4)))),
                Fp2.One);
            results[i] = new Fp12(new Fp6(g0, g.G4, g.G3), new Fp6(g.G2, g1, g.G5));
        }
    }

    private static Fp2 Triple(in Fp2 a) => Fp2.Add(Fp2.Double(a), a);
}
