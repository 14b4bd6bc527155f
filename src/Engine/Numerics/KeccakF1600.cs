using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Csevm.Numerics;

/// <summary>
/// The Keccak-f[1600] permutation and the absorb loop of a sponge with a 136-byte rate (the
/// rate of Keccak-256 and SHA3-256). The 25 lanes live in locals for the whole absorb loop, so
/// memory is touched only to read input and, once at the end, to store the state back.
/// </summary>
/// <remarks>
/// Lane names follow the Keccak team's reference code: the first letter after the state prefix
/// is the row y (b, g, k, m, s = 0..4), the second the column x (a, e, i, o, u = 0..4), and lane
/// (x, y) sits at index x + 5y. Each round is theta, then rho and pi folded into the choice of
/// which lane feeds which position, then chi and iota; rounds alternate between the a- and the
/// e-lanes so no copy is needed between them.
/// </remarks>
internal static unsafe class KeccakF1600
{
    public const int StateLanes = 25;
    public const int RateBytes = 136;
    public const int RateLanes = RateBytes / 8;

    private static ReadOnlySpan<ulong> RoundConstants =>
    [
        0x0000000000000001UL, 0x0000000000008082UL, 0x800000000000808aUL, 0x8000000080008000UL,
        0x000000000000808bUL, 0x0000000080000001UL, 0x8000000080008081UL, 0x8000000000008009UL,
        0x000000000000008aUL, 0x0000000000000088UL, 0x0000000080008009UL, 0x000000008000000aUL,
        0x000000008000808bUL, 0x800000000000008bUL, 0x8000000000008089UL, 0x8000000000008003UL,
        0x8000000000008002UL, 0x8000000000000080UL, 0x000000000000800aUL, 0x800000008000000aUL,
        0x8000000080008081UL, 0x8000000000008080UL, 0x0000000080000001UL, 0x8000000080008008UL,
    ];

    /// <summary>
    /// For each of <paramref name="blockCount"/> consecutive 136-byte blocks at <paramref name="blocks"/>:
    /// XOR the block into the first 17 lanes of <paramref name="state"/>, then apply Keccak-f[1600].
    /// </summary>
    [SkipLocalsInit]
    public static void Absorb(ulong* state, byte* blocks, nint blockCount)
    {
        ulong aba = state[0], abe = state[1], abi = state[2], abo = state[3], abu = state[4];
        ulong aga = state[5], age = state[6], agi = state[7], ago = state[8], agu = state[9];
        ulong aka = state[10], ake = state[11], aki = state[12], ako = state[13], aku = state[14];
        ulong ama = state[15], ame = state[16], ami = state[17], amo = state[18], amu = state[19];
        ulong asa = state[20], ase = state[21], asi = state[22], aso = state[23], asu = state[24];

        ulong eba, ebe, ebi, ebo, ebu, ega, ege, egi, ego, egu, eka, eke, eki, eko, eku;
        ulong ema, eme, emi, emo, emu, esa, ese, esi, eso, esu;
        ulong c0, c1, c2, c3, c4, d0, d1, d2, d3, d4, b0, b1, b2, b3, b4;

        fixed (ulong* roundConstants = RoundConstants)
        {
            for (; blockCount > 0; blockCount--, blocks += RateBytes)
            {
                aba ^= Lane(blocks, 0); abe ^= Lane(blocks, 1); abi ^= Lane(blocks, 2); abo ^= Lane(blocks, 3); abu ^= Lane(blocks, 4);
                aga ^= Lane(blocks, 5); age ^= Lane(blocks, 6); agi ^= Lane(blocks, 7); ago ^= Lane(blocks, 8); agu ^= Lane(blocks, 9);
                aka ^= Lane(blocks, 10); ake ^= Lane(blocks, 11); aki ^= Lane(blocks, 12); ako ^= Lane(blocks, 13); aku ^= Lane(blocks, 14);
                ama ^= Lane(blocks, 15); ame ^= Lane(blocks, 16);

                for (int round = 0; round < 24; round += 2)
                {
                    // Round a -> e.
                    c0 = aba ^ aga ^ aka ^ ama ^ asa;
                    c1 = abe ^ age ^ ake ^ ame ^ ase;
                    c2 = abi ^ agi ^ aki ^ ami ^ asi;
                    c3 = abo ^ ago ^ ako ^ amo ^ aso;
                    c4 = abu ^ agu ^ aku ^ amu ^ asu;
                    d0 = c4 ^ BitOperations.RotateLeft(c1, 1);
                    d1 = c0 ^ BitOperations.RotateLeft(c2, 1);
                    d2 = c1 ^ BitOperations.RotateLeft(c3, 1);
                    d3 = c2 ^ BitOperations.RotateLeft(c4, 1);
                    d4 = c3 ^ BitOperations.RotateLeft(c0, 1);

                    b0 = aba ^ d0;
                    b1 = BitOperations.RotateLeft(age ^ d1, 44);
                    b2 = BitOperations.RotateLeft(aki ^ d2, 43);
                    b3 = BitOperations.RotateLeft(amo ^ d3, 21);
                    b4 = BitOperations.RotateLeft(asu ^ d4, 14);
                    Chi(b0, b1, b2, b3, b4, out eba, out ebe, out ebi, out ebo, out ebu);
                    eba ^= roundConstants[round];

                    b0 = BitOperations.RotateLeft(abo ^ d3, 28);
                    b1 = BitOperations.RotateLeft(agu ^ d4, 20);
                    b2 = BitOperations.RotateLeft(aka ^ d0, 3);
                    b3 = BitOperations.RotateLeft(ame ^ d1, 45);
                    b4 = BitOperations.RotateLeft(asi ^ d2, 61);
                    Chi(b0, b1, b2, b3, b4, out ega, out ege, out egi, out ego, out egu);

                    b0 = BitOperations.RotateLeft(abe ^ d1, 1);
                    b1 = BitOperations.RotateLeft(agi ^ d2, 6);
                    b2 = BitOperations.RotateLeft(ako ^ d3, 25);
                    b3 = BitOperations.RotateLeft(amu ^ d4, 8);
                    b4 = BitOperations.RotateLeft(asa ^ d0, 18);
                    Chi(b0, b1, b2, b3, b4, out eka, out eke, out eki, out eko, out eku);

                    b0 = BitOperations.RotateLeft(abu ^ d4, 27);
                    b1 = BitOperations.RotateLeft(aga ^ d0, 36);
                    b2 = BitOperations.RotateLeft(ake ^ d1, 10);
                    b3 = BitOperations.RotateLeft(ami ^ d2, 15);
                    b4 = BitOperations.RotateLeft(aso ^ d3, 56);
                    Chi(b0, b1, b2, b3, b4, out ema, out eme, out emi, out emo, out emu);

                    b0 = BitOperations.RotateLeft(abi ^ d2, 62);
                    b1 = BitOperations.RotateLeft(ago ^ d3, 55);
                    b2 = BitOperations.RotateLeft(aku ^ d4, 39);
                    b3 = BitOperations.RotateLeft(ama ^ d0, 41);
                    b4 = BitOperations.RotateLeft(ase ^ d1, 2);
                    Chi(b0, b1, b2, b3, b4, out esa, out ese, out esi, out eso, out esu);

                    // Round e -> a: the same steps with the roles of the two lane sets swapped.
                    c0 = eba ^ ega ^ eka ^ ema ^ esa;
                    c1 = ebe ^ ege ^ eke ^ eme ^ ese;
                    c2 = ebi ^ egi ^ eki ^ emi ^ esi;
                    c3 = ebo ^ ego ^ eko ^ emo ^ eso;
                    c4 = ebu ^ egu ^ eku ^ emu ^ esu;
                    d0 = c4 ^ BitOperations.RotateLeft(c1, 1);
                    d1 = c0 ^ BitOperations.RotateLeft(c2, 1);
                    d2 = c1 ^ BitOperations.RotateLeft(c3, 1);
                    d3 = c2 ^ BitOperations.RotateLeft(c4, 1);
                    d4 = c3 ^ BitOperations.RotateLeft(c0, 1);

                    b0 = eba ^ d0;
                    b1 = BitOperations.RotateLeft(ege ^ d1, 44);
                    b2 = BitOperations.RotateLeft(eki ^ d2, 43);
                    b3 = BitOperations.RotateLeft(emo ^ d3, 21);
                    b4 = BitOperations.RotateLeft(esu ^ d4, 14);
                    Chi(b0, b1, b2, b3, b4, out aba, out abe, out abi, out abo, out abu);
                    aba ^= roundConstants[round + 1];

                    b0 = BitOperations.RotateLeft(ebo ^ d3, 28);
                    b1 = BitOperations.RotateLeft(egu ^ d4, 20);
                    b2 = BitOperations.RotateLeft(eka ^ d0, 3);
                    b3 = BitOperations.RotateLeft(eme ^ d1, 45);
                    b4 = BitOperations.RotateLeft(esi ^ d2, 61);
                    Chi(b0, b1, b2, b3, b4, out aga, out age, out agi, out ago, out agu);

                    b0 = BitOperations.RotateLeft(ebe ^ d1, 1);
                    b1 = BitOperations.RotateLeft(egi ^ d2, 6);
                    b2 = BitOperations.RotateLeft(eko ^ d3, 25);
                    b3 = BitOperations.RotateLeft(emu ^ d4, 8);
                    b4 = BitOperations.RotateLeft(esa ^ d0, 18);
                    Chi(b0, b1, b2, b3, b4, out aka, out ake, out aki, out ako, out aku);

                    b0 = BitOperations.RotateLeft(ebu ^ d4, 27);
                    b1 = BitOperations.RotateLeft(ega ^ d0, 36);
                    b2 = BitOperations.RotateLeft(eke ^ d1, 10);
                    b3 = BitOperations.RotateLeft(emi ^ d2, 15);
                    b4 = BitOperations.RotateLeft(eso ^ d3, 56);
                    Chi(b0, b1, b2, b3, b4, out ama, out ame, out ami, out amo, out amu);

                    b0 = BitOperations.RotateLeft(ebi ^ d2, 62);
                    b1 = BitOperations.RotateLeft(ego ^ d3, 55);
                    b2 = BitOperations.RotateLeft(eku ^ d4, 39);
                    b3 = BitOperations.RotateLeft(ema ^ d0, 41);
                    b4 = BitOperations.RotateLeft(ese ^ d1, 2);
                    Chi(b0, b1, b2, b3, b4, out asa, out ase, out asi, out aso, out asu);
                }
            }
        }

        state[0] = aba; state[1] = abe; state[2] = abi; state[3] = abo; state[4] = abu;
        state[5] = aga; state[6] = age; state[7] = agi; state[8] = ago; state[9] = agu;
        state[10] = aka; state[11] = ake; state[12] = aki; state[13] = ako; state[14] = aku;
        state[15] = ama; state[16] = ame; state[17] = ami; state[18] = amo; state[19] = amu;
        state[20] = asa; state[21] = ase; state[22] = asi; state[23] = aso; state[24] = asu;
    }

    /// <summary>
    /// Pads the final partial block (<paramref name="tailLength"/> &lt; 136 bytes at <paramref name="tail"/>)
    /// with <paramref name="domainPadding"/> ... 0x80, absorbs it, and writes the first 32 bytes of the state.
    /// Keccak-256 pads with 0x01; SHA3-256 (same permutation and rate) with 0x06.
    /// </summary>
    [SkipLocalsInit]
    public static void Finish256(ulong* state, byte* tail, int tailLength, byte domainPadding, Span<byte> destination)
    {
        byte* block = stackalloc byte[RateBytes];
        Buffer.MemoryCopy(tail, block, RateBytes, tailLength);
        new Span<byte>(block + tailLength, RateBytes - tailLength).Clear();
        block[tailLength] = domainPadding;
        block[RateBytes - 1] |= 0x80;
        Absorb(state, block, 1);
        BinaryPrimitives.WriteUInt64LittleEndian(destination, state[0]);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], state[1]);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[16..], state[2]);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[24..], state[3]);
    }

    /// <summary>The chi step on one row of five lanes (already through theta, rho and pi).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Chi(ulong b0, ulong b1, ulong b2, ulong b3, ulong b4, out ulong e0, out ulong e1, out ulong e2, out ulong e3, out ulong e4)
    {
        e0 = b0 ^ (~b1 & b2);
        e1 = b1 ^ (~b2 & b3);
        e2 = b2 ^ (~b3 & b4);
        e3 = b3 ^ (~b4 & b0);
        e4 = b4 ^ (~b0 & b1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Lane(byte* block, int index)
    {
        ulong lane = Unsafe.ReadUnaligned<ulong>(block + 8 * index);
        return BitConverter.IsLittleEndian ? lane : BinaryPrimitives.ReverseEndianness(lane);
    }
}
