namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// RFC 9380's map_to_curve for BLS12-381 (section 6.6.3): the simplified SWU map onto the isogenous
/// curve E' (section 6.6.2, straight-line form), then the isogeny onto E. The result is a point of E
/// that still needs cofactor clearing to land in the prime-order subgroup.
/// </summary>
internal static class MapToCurve<TField, TCurve, TIsogeny>
    where TField : struct, IFieldElement<TField>
    where TCurve : struct, ICurve<TField>
    where TIsogeny : struct, IIsogenousCurve<TField>
{
    private static readonly TField MinusBOverA = TField.Negate(TField.Mul(TIsogeny.B, TField.Inverse(TIsogeny.A)));
    private static readonly TField BOverZA = TField.Mul(TIsogeny.B, TField.Inverse(TField.Mul(TIsogeny.Z, TIsogeny.A)));

    public static ProjectivePoint<TField, TCurve> Map(in TField u)
    {
        var zu2 = TField.Mul(TIsogeny.Z, TField.Square(u));
        var tv1 = TField.Inverse(TField.Add(TField.Square(zu2), zu2));
        // Exceptional u (Z²u⁴ + Zu² = 0, e.g. u = 0): x1 = B/(ZA), whose g(x1) is square by the choice of Z.
        var x1 = tv1.IsZero ? BOverZA : TField.Mul(MinusBOverA, TField.Add(TField.One, tv1));
        // g(Z·u²·x1) = Z³u⁶·g(x1) is a square when g(x1) is not.
        var x = TIsogeny.SwuSquareRoot(CurveEquation(x1), u, out var y) ? x1 : TField.Mul(zu2, x1);
        if (TField.Sgn0(u) != TField.Sgn0(y)) y = TField.Negate(y);
        return Isogeny(x, y);
    }

    /// <summary>g(x) = x³ + A'x + B' on the isogenous curve.</summary>
    private static TField CurveEquation(in TField x) =>
        TField.Add(TField.Mul(TField.Add(TField.Square(x), TIsogeny.A), x), TIsogeny.B);

    /// <summary>(x, y) ↦ (xNum/xDen, y·yNum/yDen) as (xNum·yDen : y·yNum·xDen : xDen·yDen); a vanishing denominator gives infinity.</summary>
    private static ProjectivePoint<TField, TCurve> Isogeny(in TField x, in TField y)
    {
        var xNumerator = Evaluate(TIsogeny.XNumerator, x);
        var xDenominator = Evaluate(TIsogeny.XDenominator, x);
        var yNumerator = Evaluate(TIsogeny.YNumerator, x);
        var yDenominator = Evaluate(TIsogeny.YDenominator, x);
        var z = TField.Mul(xDenominator, yDenominator);
        if (z.IsZero) return ProjectivePoint<TField, TCurve>.Infinity;
        return new(TField.Mul(xNumerator, yDenominator), TField.Mul(TField.Mul(y, yNumerator), xDenominator), z);
    }

    /// <summary>Horner evaluation of Σ cᵢxⁱ.</summary>
    private static TField Evaluate(TField[] coefficients, in TField x)
    {
        var result = coefficients[^1];
        for (var i = coefficients.Length - 2; i >= 0; i--) result = TField.Add(TField.Mul(result, x), coefficients[i]);
        return result;
    }
}
