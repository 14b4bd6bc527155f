using System.Buffers.Binary;
using Csevm.Precompiles.Crypto;
using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>
/// 0x09 (EIP-152): the BLAKE2b compression function F. Input is exactly 213 bytes: rounds (4, big-endian),
/// h (64), m (128), t (16, little-endian words), final flag (1, 0 or 1). Gas is one per round.
/// </summary>
public sealed class Blake2FPrecompile : IPrecompile
{
    public const int InputSize = 213;
    public static readonly Blake2FPrecompile Instance = new();
    private Blake2FPrecompile() { }

    public string Name => "blake2f";

    /// <summary>The number of rounds; malformed input costs nothing here because it fails and consumes all gas anyway.</summary>
    public long GasCost(ReadOnlySpan<byte> input, Revision revision) =>
        input.Length == InputSize ? BinaryPrimitives.ReadUInt32BigEndian(input) : 0;

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = [];
        if (input.Length != InputSize || input[212] > 1) return false;

        uint rounds = BinaryPrimitives.ReadUInt32BigEndian(input);
        Span<ulong> h = stackalloc ulong[8];
        Span<ulong> m = stackalloc ulong[16];
        for (int i = 0; i < 8; i++) h[i] = BinaryPrimitives.ReadUInt64LittleEndian(input[(4 + 8 * i)..]);
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt64LittleEndian(input[(68 + 8 * i)..]);
        ulong t0 = BinaryPrimitives.ReadUInt64LittleEndian(input[196..]);
        ulong t1 = BinaryPrimitives.ReadUInt64LittleEndian(input[204..]);

        Blake2bCompression.Compress(rounds, h, m, t0, t1, input[212] == 1);

        output = new byte[64];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt64LittleEndian(output.AsSpan(8 * i), h[i]);
        return true;
    }
}
