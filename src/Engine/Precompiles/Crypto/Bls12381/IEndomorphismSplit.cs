using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// What the MSM code needs from a group's endomorphism split (<see cref="EndomorphismMultiplication"/>),
/// as static members so <see cref="Eip2537Msm{TField, TCurve, TSplit}"/> is written once for G1 and G2.
/// </summary>
internal interface IEndomorphismSplit<TField, TCurve>
    where TField : struct, IFieldElement<TField>
    where TCurve : struct, ICurve<TField>
{
    /// <summary>How many short parts one scalar multiplication splits into.</summary>
    static abstract int Parts { get; }

    /// <summary>The most bits a part's scalar has.</summary>
    static abstract int PartBits { get; }

    /// <summary>
    /// Up to this many points, one joint double-and-add over all their parts (a table of 2^parts
    /// subset sums) beats Pippenger: measured, G1 up to two points (six parts of 128 bits), G2 one (five of 64).
    /// </summary>
    static abstract int JointLimit { get; }

    /// <summary>[k]P = Σ [partScalars[j]]parts[j] for P in the prime-order subgroup and a 32-byte big-endian k.</summary>
    static abstract void Decompose(in ProjectivePoint<TField, TCurve> p, ReadOnlySpan<byte> scalar, Span<ProjectivePoint<TField, TCurve>> parts, Span<UInt128> partScalars);
}

/// <summary>G1's split through φ: three parts of 128 bits.</summary>
internal readonly struct G1Split : IEndomorphismSplit<Fp, G1Curve>
{
    public static int Parts => EndomorphismMultiplication.G1Parts;
    public static int PartBits => EndomorphismMultiplication.G1PartBits;
    public static int JointLimit => 2;

    public static void Decompose(in G1Point p, ReadOnlySpan<byte> scalar, Span<G1Point> parts, Span<UInt128> partScalars) =>
        EndomorphismMultiplication.DecomposeG1(p, scalar, parts, partScalars);
}

/// <summary>G2's split through ψ: five parts of 64 bits.</summary>
internal readonly struct G2Split : IEndomorphismSplit<Fp2, G2Curve>
{
    public static int Parts => EndomorphismMultiplication.G2Parts;
    public static int PartBits => EndomorphismMultiplication.G2PartBits;
    public static int JointLimit => 1;

    public static void Decompose(in G2Point p, ReadOnlySpan<byte> scalar, Span<G2Point> parts, Span<UInt128> partScalars) =>
        EndomorphismMultiplication.DecomposeG2(p, scalar, parts, partScalars);
}
