using System.Runtime.CompilerServices;

namespace Csevm.Precompiles.Crypto.Bn254;

/// <summary>F_p⁶ = F_p²[v]/(v³ − ξ). Value C0 + C1·v + C2·v².</summary>
public readonly struct Fp6 : IEquatable<Fp6>
{
    public readonly Fp2 C0, C1, C2;

    public Fp6(in Fp2 c0, in Fp2 c1, in Fp2 c2)
    {
        C0 = c0; C1 = c1; C2 = c2;
    }

    public static Fp6 Zero => default;
    public static readonly Fp6 One = new(Fp2.One, Fp2.Zero, Fp2.Zero);

    public bool IsZero => C0.IsZero && C1.IsZero && C2.IsZero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp6 operator +(in Fp6 x, in Fp6 y) => new(x.C0 + y.C0, x.C1 + y.C1, x.C2 + y.C2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp6 operator -(in Fp6 x, in Fp6 y) => new(x.C0 - y.C0, x.C1 - y.C1, x.C2 - y.C2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp6 operator -(in Fp6 x) => new(-x.C0, -x.C1, -x.C2);

    /// <summary>Karatsuba over three coefficients: six F_p² products.</summary>
    public static Fp6 operator *(in Fp6 x, in Fp6 y)
    {
        var t0 = x.C0 * y.C0;
        var t1 = x.C1 * y.C1;
        var t2 = x.C2 * y.C2;
        var c0 = ((x.C1 + x.C2) * (y.C1 + y.C2) - t1 - t2).MultiplyByXi() + t0;
        var c1 = (x.C0 + x.C1) * (y.C0 + y.C1) - t0 - t1 + t2.MultiplyByXi();
        var c2 = (x.C0 + x.C2) * (y.C0 + y.C2) - t0 - t2 + t1;
        return new Fp6(c0, c1, c2);
    }

    /// <summary>Multiplication by a scalar of F_p².</summary>
    public static Fp6 operator *(in Fp6 x, in Fp2 k) => new(x.C0 * k, x.C1 * k, x.C2 * k);

    /// <summary>Product with the sparse element b + c·v (line functions have this shape).</summary>
    public Fp6 MultiplyBySparse(in Fp2 b, in Fp2 c)
    {
        // (f0 + f1 v + f2 v²)(b + c v) with v³ = ξ
        var f0b = C0 * b;
        var f1c = C1 * c;
        var c1 = (C0 + C1) * (b + c) - f0b - f1c;
        return new Fp6(f0b + (C2 * c).MultiplyByXi(), c1, f1c + C2 * b);
    }

    public Fp6 Square() => this * this;

    /// <summary>Multiplication by v: (c0, c1, c2) ↦ (ξ·c2, c0, c1).</summary>
    public Fp6 MultiplyByV() => new(C2.MultiplyByXi(), C0, C1);

    public Fp6 Inverse()
    {
        var a = C0.Square() - (C1 * C2).MultiplyByXi();
        var b = C2.Square().MultiplyByXi() - C0 * C1;
        var c = C1.Square() - C0 * C2;
        var norm = (C0 * a + (C2 * b + C1 * c).MultiplyByXi()).Inverse();
        return new Fp6(a * norm, b * norm, c * norm);
    }

    public bool Equals(Fp6 other) => C0 == other.C0 && C1 == other.C1 && C2 == other.C2;
    public override bool Equals(object? obj) => obj is Fp6 other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(C0, C1, C2);
    public static bool operator ==(in Fp6 x, in Fp6 y) => x.Equals(y);
    public static bool operator !=(in Fp6 x, in Fp6 y) => !x.Equals(y);
}
