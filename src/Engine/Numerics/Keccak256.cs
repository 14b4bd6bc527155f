using Csevm.Primitives;

namespace Csevm.Numerics;

/// <summary>
/// Keccak-256 as Ethereum uses it: the original Keccak submission's padding (0x01 ... 0x80), not
/// the 0x06 of the later SHA3-256 standard. One-shot hashing here allocates nothing; for input
/// that arrives in pieces use <see cref="Keccak256Hasher"/>.
/// </summary>
public static unsafe class Keccak256
{
    public const int HashSize = 32;

    /// <summary>The first padding byte of the original Keccak (SHA3-256 uses 0x06).</summary>
    internal const byte KeccakPadding = 0x01;

    /// <summary>Keccak-256 of no bytes: the code hash of an account without code.</summary>
    public static readonly Hash256 OfEmpty = Hash(ReadOnlySpan<byte>.Empty);

    /// <summary>Keccak-256 of the RLP empty list (0xc0): the ommers hash of a block without ommers.</summary>
    public static readonly Hash256 OfEmptyList = Hash([0xc0]);

    public static Hash256 Hash(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[HashSize];
        Sponge(data, hash, KeccakPadding);
        return new Hash256(hash);
    }

    /// <summary>Writes the hash of <paramref name="data"/> into the first 32 bytes of <paramref name="destination"/>.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (destination.Length < HashSize)
            throw new ArgumentException($"the destination must hold {HashSize} bytes, it has {destination.Length}", nameof(destination));
        Sponge(data, destination, KeccakPadding);
    }

    /// <summary>The whole sponge over <paramref name="data"/> with the given first padding byte (tests use 0x06 to compare with SHA3-256).</summary>
    internal static void Sponge(ReadOnlySpan<byte> data, Span<byte> destination, byte domainPadding)
    {
        ulong* state = stackalloc ulong[KeccakF1600.StateLanes];
        new Span<ulong>(state, KeccakF1600.StateLanes).Clear();
        int fullBlocks = data.Length / KeccakF1600.RateBytes;
        int absorbed = fullBlocks * KeccakF1600.RateBytes;
        fixed (byte* input = data)
        {
            KeccakF1600.Absorb(state, input, fullBlocks);
            KeccakF1600.Finish256(state, input + absorbed, data.Length - absorbed, domainPadding, destination);
        }
    }
}
