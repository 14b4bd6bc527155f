using System.Numerics;

namespace Csevm.Precompiles.Crypto.Bn254;

public readonly partial struct Fp
{
    // R³ mod p = MontgomeryProduct(R², R²): turns a plain inverse of the representative into Montgomery form.
    private static readonly Fp RCubed = Multiply(RSquared, RSquared);

    /// <summary>
    /// a⁻¹ (zero maps to zero). The binary extended Euclidean algorithm inverts the stored
    /// representative aR, and one Montgomery product by R³ turns (aR)⁻¹ into a⁻¹R. All values live in
    /// registers (four-limb structs, no spans). Not constant time, which is fine here: every input of a
    /// precompile is public.
    /// </summary>
    public Fp Inverse()
    {
        if (IsZero) return this;
        // Invariants: x1·aR ≡ u and x2·aR ≡ v (mod p), u and v odd after MakeOdd; gcd(u, v) = 1.
        var u = new Fp(_l0, _l1, _l2, _l3);
        var v = new Fp(P0, P1, P2, P3);
        var x1 = new Fp(1, 0, 0, 0);
        var x2 = Zero;
        while (true)
        {
            MakeOdd(ref u, ref x1);
            if (IsOneRepresentative(u)) return Multiply(x1, RCubed);
            MakeOdd(ref v, ref x2);
            if (IsOneRepresentative(v)) return Multiply(x2, RCubed);
            if (GreaterOrEqual(u, v))
            {
                u = SubtractPlain(u, v);
                x1 -= x2;
            }
            else
            {
                v = SubtractPlain(v, u);
                x2 -= x1;
            }
        }
    }

    private static bool IsOneRepresentative(in Fp x) => x._l0 == 1 && (x._l1 | x._l2 | x._l3) == 0;

    /// <summary>Divides the nonzero u by its largest power-of-two factor 2^k, and x by 2^k modulo p.</summary>
    private static void MakeOdd(ref Fp u, ref Fp x)
    {
        while (u._l0 == 0)
        {
            u = new Fp(u._l1, u._l2, u._l3, 0);
            for (int i = 0; i < 64; i++) x = Halve(x);
        }
        int k = BitOperations.TrailingZeroCount(u._l0);
        if (k == 0) return;
        u = new Fp((u._l0 >> k) | (u._l1 << (64 - k)), (u._l1 >> k) | (u._l2 << (64 - k)), (u._l2 >> k) | (u._l3 << (64 - k)), u._l3 >> k);
        // Most steps strip one or two bits, where halving one bit at a time beats a Montgomery-style division.
        for (int i = 0; i < k; i++) x = Halve(x);
    }

    /// <summary>x / 2 mod p for x &lt; p: add p under a mask when x is odd (x + p &lt; 2^255 cannot overflow), then shift.</summary>
    private static Fp Halve(in Fp x)
    {
        ulong mask = 0 - (x._l0 & 1), carry = 0;
        ulong s0 = AddCarry(x._l0, P0 & mask, ref carry), s1 = AddCarry(x._l1, P1 & mask, ref carry);
        ulong s2 = AddCarry(x._l2, P2 & mask, ref carry), s3 = AddCarry(x._l3, P3 & mask, ref carry);
        return new Fp((s0 >> 1) | (s1 << 63), (s1 >> 1) | (s2 << 63), (s2 >> 1) | (s3 << 63), s3 >> 1);
    }

    private static bool GreaterOrEqual(in Fp a, in Fp b) =>
        a._l3 != b._l3 ? a._l3 > b._l3 : a._l2 != b._l2 ? a._l2 > b._l2 : a._l1 != b._l1 ? a._l1 > b._l1 : a._l0 >= b._l0;

    /// <summary>a − b as plain integers, for a ≥ b.</summary>
    private static Fp SubtractPlain(in Fp a, in Fp b)
    {
        ulong borrow = 0;
        ulong d0 = SubBorrow(a._l0, b._l0, ref borrow), d1 = SubBorrow(a._l1, b._l1, ref borrow);
        ulong d2 = SubBorrow(a._l2, b._l2, ref borrow), d3 = SubBorrow(a._l3, b._l3, ref borrow);
        return new Fp(d0, d1, d2, d3);
    }
}
