namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// The data of RFC 9380's simplified SWU for a curve with A·B = 0 (section 6.6.3): a curve
/// E': y² = x³ + A'x + B' isogenous to the target, the SWU constant Z, and the isogeny
/// E' → E as rational maps x = xNum(x')/xDen(x'), y = y'·yNum(x')/yDen(x'), coefficients listed
/// from degree 0 upwards (denominators monic, their leading 1 included).
/// </summary>
internal interface IIsogenousCurve<TField> where TField : struct, IFieldElement<TField>
{
    static abstract TField A { get; }
    static abstract TField B { get; }
    static abstract TField Z { get; }
    static abstract TField[] XNumerator { get; }
    static abstract TField[] XDenominator { get; }
    static abstract TField[] YNumerator { get; }
    static abstract TField[] YDenominator { get; }

    /// <summary>
    /// A square root of g(x1) (true), or else one of g(x2) = Z³u⁶·g(x1) (false): the SWU map's
    /// choice of Z makes one of the two a square, so a field can answer with one exponentiation.
    /// </summary>
    static abstract bool SwuSquareRoot(in TField gx1, in TField u, out TField y);
}
