namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// The arithmetic the curve, map-to-curve and pairing code needs from a field (Fp or Fp2), as static
/// members so generic code over a struct field is specialised by the JIT with no virtual calls.
/// </summary>
internal interface IFieldElement<T> where T : struct, IFieldElement<T>
{
    static abstract T Zero { get; }
    static abstract T One { get; }

    bool IsZero { get; }

    static abstract T Add(in T a, in T b);
    static abstract T Sub(in T a, in T b);
    static abstract T Mul(in T a, in T b);
    static abstract T Square(in T a);
    static abstract T Negate(in T a);
    static abstract bool AreEqual(in T a, in T b);

    /// <summary>The multiplicative inverse; zero maps to zero (RFC 9380's inv0).</summary>
    static abstract T Inverse(in T a);

    /// <summary>A square root when <paramref name="a"/> is a square.</summary>
    static abstract bool TrySqrt(in T a, out T root);

    /// <summary>RFC 9380's sgn0: the "sign" of an element used to pick between ±y.</summary>
    static abstract bool Sgn0(in T a);
}
