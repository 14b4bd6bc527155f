using System.Numerics;
using System.Runtime.CompilerServices;

namespace Csevm.Precompiles.Crypto;

/// <summary>The BLAKE2b compression function F (RFC 7693 §3.2) with a caller-chosen number of rounds, as EIP-152 exposes it.</summary>
public static unsafe class Blake2bCompression
{
    private static ReadOnlySpan<ulong> InitVector =>
    [
        0x6a09e667f3bcc908UL, 0xbb67ae8584caa73bUL, 0x3c6ef372fe94f82bUL, 0xa54ff53a5f1d36f1UL,
        0x510e527fade682d1UL, 0x9b05688c2b3e6c1fUL, 0x1f83d9abfb41bd6bUL, 0x5be0cd19137e2179UL,
    ];

    // Message schedule: row i % 10 permutes the 16 message words of round i.
    private static ReadOnlySpan<byte> Sigma =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
        11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
        7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
        9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
        2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
        12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
        13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
        6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
        10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
    ];

    /// <summary>Compresses message block <paramref name="m"/> (16 words) into state <paramref name="h"/> (8 words) in place.</summary>
    public static void Compress(uint rounds, Span<ulong> h, ReadOnlySpan<ulong> m, ulong t0, ulong t1, bool finalBlock)
    {
        if (h.Length != 8 || m.Length != 16) throw new ArgumentException("BLAKE2b F takes an 8-word state and a 16-word block");
        var iv = InitVector;
        ulong v0 = h[0], v1 = h[1], v2 = h[2], v3 = h[3], v4 = h[4], v5 = h[5], v6 = h[6], v7 = h[7];
        ulong v8 = iv[0], v9 = iv[1], v10 = iv[2], v11 = iv[3];
        ulong v12 = iv[4] ^ t0, v13 = iv[5] ^ t1, v14 = finalBlock ? ~iv[6] : iv[6], v15 = iv[7];

        // Through pointers: without the span indexing's 32 bounds checks a round, 10,000 rounds measured 6% faster.
        fixed (ulong* words = m)
        fixed (byte* sigma = Sigma)
        {
            byte* s = sigma;
            byte* lastRow = sigma + 144;
            for (uint round = 0; round < rounds; round++)
            {
                Mix(ref v0, ref v4, ref v8, ref v12, words[s[0]], words[s[1]]);
                Mix(ref v1, ref v5, ref v9, ref v13, words[s[2]], words[s[3]]);
                Mix(ref v2, ref v6, ref v10, ref v14, words[s[4]], words[s[5]]);
                Mix(ref v3, ref v7, ref v11, ref v15, words[s[6]], words[s[7]]);
                Mix(ref v0, ref v5, ref v10, ref v15, words[s[8]], words[s[9]]);
                Mix(ref v1, ref v6, ref v11, ref v12, words[s[10]], words[s[11]]);
                Mix(ref v2, ref v7, ref v8, ref v13, words[s[12]], words[s[13]]);
                Mix(ref v3, ref v4, ref v9, ref v14, words[s[14]], words[s[15]]);
                s = s == lastRow ? sigma : s + 16;
            }
        }

        h[0] ^= v0 ^ v8; h[1] ^= v1 ^ v9; h[2] ^= v2 ^ v10; h[3] ^= v3 ^ v11;
        h[4] ^= v4 ^ v12; h[5] ^= v5 ^ v13; h[6] ^= v6 ^ v14; h[7] ^= v7 ^ v15;
    }

    /// <summary>The mixing function G.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Mix(ref ulong a, ref ulong b, ref ulong c, ref ulong d, ulong x, ulong y)
    {
        a += b + x; d = BitOperations.RotateRight(d ^ a, 32);
        c += d; b = BitOperations.RotateRight(b ^ c, 24);
        a += b + y; d = BitOperations.RotateRight(d ^ a, 16);
        c += d; b = BitOperations.RotateRight(b ^ c, 63);
    }
}
