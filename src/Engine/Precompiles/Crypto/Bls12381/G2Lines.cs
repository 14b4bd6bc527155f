using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// The Miller loop's lines for one G2 point Q, in loop order: for each bit of |x| below the top a
/// tangent (doubling T), and for each set bit a chord through T and Q. A line is a + b'·xP·w² +
/// c'·yP·w³ for the G1 point P it is evaluated at, so only (a, b', c') depend on Q: a fixed Q
/// (KZG's [τ]₂ and −G2) is prepared once and its loops skip all G2 arithmetic.
/// </summary>
internal sealed class G2Lines
{
    private const ulong AbsoluteX = 0xd201000000010000;

    /// <summary>63 tangents and 5 chords.</summary>
    public const int Count = 68;

    private readonly Fp2[] _coefficients = new Fp2[3 * Count];

    private G2Lines() { }

    /// <summary>
    /// True once every line was divided by its w³ coefficient (<see cref="Normalize"/>): each line
    /// is then A + B·w² + w³, which multiplies f with three Fp2 multiplications fewer.
    /// </summary>
    public bool IsNormalized { get; private set; }

    /// <summary>[|x|]Q, which the doublings and additions of the preparation compute anyway: Q's G2 membership test needs it.</summary>
    public G2Point AbsoluteXMultiple { get; private set; }

    /// <summary>Q at infinity has no lines: its pairing is one.</summary>
    public static G2Lines? Prepare(in G2Point q)
    {
        if (!q.TryToAffine(out var qx, out var qy)) return null;
        var lines = new G2Lines();
        var affine = G2Point.FromAffine(qx, qy);
        var t = affine;
        var index = 0;
        for (var bit = 62; bit >= 0; bit--)
        {
            lines.Tangent(ref t, index++);
            if (((AbsoluteX >> bit) & 1) != 0) lines.Chord(ref t, affine, index++);
        }
        // Both steps are exception-free (the tangent's doubling maps Y = 0 and infinity to infinity,
        // the chord's addition is complete), so t is [|x|]Q for every Q on the twist.
        lines.AbsoluteXMultiple = t;
        return lines;
    }

    /// <summary>Lines for a fixed Q, prepared once and used by many loops: normalized.</summary>
    public static G2Lines? PrepareNormalized(in G2Point q)
    {
        var lines = Prepare(q);
        lines?.Normalize();
        return lines;
    }

    /// <summary>
    /// Divides every line by its w³ coefficient c' (one shared inversion), worth it for a Q used in
    /// many loops: evaluated at P and further divided by yP the line is (a/c')/yP + (b'/c')(xP/yP)·w² + w³,
    /// a multiple of the original by an Fp2 constant, which the final exponentiation removes.
    /// </summary>
    public void Normalize()
    {
        Span<Fp2> inverses = stackalloc Fp2[Count];
        for (var i = 0; i < Count; i++)
        {
            inverses[i] = _coefficients[3 * i + 2];
            if (inverses[i].IsZero) return; // cannot happen for Q of prime order; then stay unnormalized
        }
        BatchInversion.Invert<Fp2>(inverses);
        for (var i = 0; i < Count; i++)
        {
            _coefficients[3 * i] = Fp2.Mul(_coefficients[3 * i], inverses[i]);
            _coefficients[3 * i + 1] = Fp2.Mul(_coefficients[3 * i + 1], inverses[i]);
            _coefficients[3 * i + 2] = Fp2.One;
        }
        IsNormalized = true;
    }

    /// <summary>
    /// What <see cref="MultiplyBy"/> needs of the affine G1 point P = (px, py): (px, py) itself, or
    /// (px/py, 1/py) for normalized lines. py is never zero: E(Fp) has no point of order two (its cofactor is odd).
    /// </summary>
    public void EvaluationPoint(in Fp px, in Fp py, out Fp u, out Fp v)
    {
        if (!IsNormalized)
        {
            u = px;
            v = py;
            return;
        }
        v = Fp.Inverse(py);
        u = Fp.Mul(px, v);
    }

    /// <summary>f times line number <paramref name="index"/> evaluated at P, given as <see cref="EvaluationPoint"/>'s (u, v).</summary>
    public Fp12 MultiplyBy(in Fp12 f, int index, in Fp u, in Fp v)
    {
        ref readonly var a = ref _coefficients[3 * index];
        if (IsNormalized) return Fp12.MulByNormalizedLine(f, Fp2.MulByFp(a, v), Fp2.MulByFp(_coefficients[3 * index + 1], u));
        return Fp12.MulByLine(f, a, Fp2.MulByFp(_coefficients[3 * index + 1], u), Fp2.MulByFp(_coefficients[3 * index + 2], v));
    }

    /// <summary>
    /// The tangent at T, then T doubled. With ψ(x', y') = (x'/w², y'/w³) untwisting E' to E, the
    /// tangent times w³ (a subfield factor, removed by the final exponentiation) is
    /// (λ'x' − y') − λ'·xP·w² + yP·w³; scaled by 2YZ and simplified with the curve equation its
    /// coefficients are Y² − 3b'Z², −3X² and 2YZ. The doubling shares those squares
    /// (Costello–Lange–Naehrig 2010, scaled by 4 to avoid halving):
    /// 2T = (2XY(Y² − 9b'Z²) : (Y² + 9b'Z²)² − 108b'²Z⁴ : 8Y³Z).
    /// </summary>
    private void Tangent(ref G2Point t, int index)
    {
        var ySquared = Fp2.Square(t.Y);
        var zSquared = Fp2.Square(t.Z);
        var e = G2Curve.MulByB3(zSquared);                              // 3b'Z²
        var f3 = Fp2.Add(Fp2.Double(e), e);                             // 9b'Z²
        var twoYZ = Fp2.Sub(Fp2.Sub(Fp2.Square(Fp2.Add(t.Y, t.Z)), ySquared), zSquared);
        var xSquared = Fp2.Square(t.X);
        Store(index, Fp2.Sub(ySquared, e), Fp2.Negate(Fp2.Add(Fp2.Double(xSquared), xSquared)), twoYZ);
        var eSquared = Fp2.Square(e);
        var twelveESquared = Fp2.Double(Fp2.Double(Fp2.Add(Fp2.Double(eSquared), eSquared)));
        t = new G2Point(
            Fp2.Double(Fp2.Mul(Fp2.Mul(t.X, t.Y), Fp2.Sub(ySquared, f3))),
            Fp2.Sub(Fp2.Square(Fp2.Add(ySquared, f3)), twelveESquared),
            Fp2.Double(Fp2.Double(Fp2.Mul(ySquared, twoYZ))));
    }

    /// <summary>
    /// The chord through T and the affine Q, then T + Q. With slope θ/λ, θ = yQ·Z − Y,
    /// λ = xQ·Z − X, the line scaled by λ·w³ is (θxQ − λyQ) − θ·xP·w² + λ·yP·w³.
    /// </summary>
    private void Chord(ref G2Point t, in G2Point q, int index)
    {
        var theta = Fp2.Sub(Fp2.Mul(q.Y, t.Z), t.Y);
        var lambda = Fp2.Sub(Fp2.Mul(q.X, t.Z), t.X);
        Store(index, Fp2.Sub(Fp2.Mul(theta, q.X), Fp2.Mul(lambda, q.Y)), Fp2.Negate(theta), lambda);
        t = G2Point.Add(t, q);
    }

    private void Store(int index, in Fp2 a, in Fp2 b, in Fp2 c)
    {
        _coefficients[3 * index] = a;
        _coefficients[3 * index + 1] = b;
        _coefficients[3 * index + 2] = c;
    }
}
