using System.Numerics;
using System.Runtime.CompilerServices;

namespace Csevm.Precompiles.Crypto.Bn254;

public readonly partial struct Fp
{
    /// <summary>
    /// For x below 2^258 with t = ⌊x/2^250⌋: q = ⌊t·2^250/p⌋ gives 0 ≤ x − q·p &lt; p + 2^250 &lt; 2p. p is
    /// about 12.1·2^250, so q ≤ 21.
    /// </summary>
    private static readonly byte[] QuotientByTopBits = BuildQuotients();

    /// <summary>q·p mod 2^256 for q = 0..21 (the differences x − q·p fit 256 bits, so the low limbs suffice).</summary>
    private static readonly Fp[] ModulusMultiples = BuildMultiples();

    /// <summary>
    /// (a + b·u)·(9 + u) = (9a − b) + (a + 9b)·u, the multiplication by ξ of the tower: nine times a
    /// coefficient by a shift and an addition, then one reduction of a value below 10p by a quotient
    /// read off the top bits, where doublings and additions would reduce five times per coefficient.
    /// </summary>
    internal static void MultiplyByNinePlusU(in Fp a, in Fp b, out Fp c0, out Fp c1)
    {
        // 9a − b as 9a + (p − b), both coefficients below 10p.
        var nineA = NineTimesPlus(a, SubtractFromModulus(b), out ulong highA);
        var nineB = NineTimesPlus(b, a, out ulong highB);
        c0 = ReduceBelow2To258(nineA, highA);
        c1 = ReduceBelow2To258(nineB, highB);
    }

    /// <summary>9x + y for x below p and y at most p, as four limbs and the fifth (high) one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp NineTimesPlus(in Fp x, in Fp y, out ulong high)
    {
        ulong e0 = x._l0 << 3, e1 = (x._l1 << 3) | (x._l0 >> 61), e2 = (x._l2 << 3) | (x._l1 >> 61), e3 = (x._l3 << 3) | (x._l2 >> 61);
        ulong carry = 0;
        e0 = AddCarry(e0, x._l0, ref carry); e1 = AddCarry(e1, x._l1, ref carry);
        e2 = AddCarry(e2, x._l2, ref carry); e3 = AddCarry(e3, x._l3, ref carry);
        high = (x._l3 >> 61) + carry;
        carry = 0;
        e0 = AddCarry(e0, y._l0, ref carry); e1 = AddCarry(e1, y._l1, ref carry);
        e2 = AddCarry(e2, y._l2, ref carry); e3 = AddCarry(e3, y._l3, ref carry);
        high += carry;
        return new Fp(e0, e1, e2, e3);
    }

    /// <summary>x mod p for x = low + high·2^256 below 2^258.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp ReduceBelow2To258(in Fp low, ulong high)
    {
        int topBits = (int)((high << 6) | (low._l3 >> 58));
        var multiple = ModulusMultiples[QuotientByTopBits[topBits]];
        ulong borrow = 0;
        ulong d0 = SubBorrow(low._l0, multiple._l0, ref borrow), d1 = SubBorrow(low._l1, multiple._l1, ref borrow);
        ulong d2 = SubBorrow(low._l2, multiple._l2, ref borrow), d3 = SubBorrow(low._l3, multiple._l3, ref borrow);
        return ReduceOnce(d0, d1, d2, d3);
    }

    private static BigInteger Modulus => ((BigInteger)P3 << 192) + ((BigInteger)P2 << 128) + ((BigInteger)P1 << 64) + P0;

    private static byte[] BuildQuotients()
    {
        var quotients = new byte[256];
        for (int t = 0; t < 256; t++) quotients[t] = (byte)((new BigInteger(t) << 250) / Modulus);
        return quotients;
    }

    private static Fp[] BuildMultiples()
    {
        var multiples = new Fp[22];
        var mask = (BigInteger.One << 64) - 1;
        for (int q = 0; q < multiples.Length; q++)
        {
            var value = Modulus * q;
            multiples[q] = new Fp((ulong)(value & mask), (ulong)((value >> 64) & mask), (ulong)((value >> 128) & mask), (ulong)((value >> 192) & mask));
        }
        return multiples;
    }
}
