using Csevm.Primitives;

namespace Csevm.Numerics;

/// <summary>
/// Keccak-256 over input fed in pieces. Allocates only when created; <see cref="Finish(Span{byte})"/>
/// resets it, so one instance can hash any number of messages. Not thread-safe.
/// </summary>
public sealed unsafe class Keccak256Hasher
{
    private readonly ulong[] _state = new ulong[KeccakF1600.StateLanes];
    private readonly byte[] _pending = new byte[KeccakF1600.RateBytes];
    private int _pendingLength;

    public void Update(ReadOnlySpan<byte> data)
    {
        fixed (ulong* state = _state)
        fixed (byte* pending = _pending)
        fixed (byte* input = data)
        {
            int offset = 0;
            if (_pendingLength > 0)
            {
                int take = Math.Min(data.Length, KeccakF1600.RateBytes - _pendingLength);
                data[..take].CopyTo(new Span<byte>(pending + _pendingLength, take));
                _pendingLength += take;
                offset = take;
                if (_pendingLength < KeccakF1600.RateBytes) return;
                KeccakF1600.Absorb(state, pending, 1);
                _pendingLength = 0;
            }
            int fullBlocks = (data.Length - offset) / KeccakF1600.RateBytes;
            KeccakF1600.Absorb(state, input + offset, fullBlocks);
            offset += fullBlocks * KeccakF1600.RateBytes;
            data[offset..].CopyTo(_pending);
            _pendingLength = data.Length - offset;
        }
    }

    /// <summary>Writes the hash of everything fed since the last reset into <paramref name="destination"/> (32 bytes), then resets.</summary>
    public void Finish(Span<byte> destination)
    {
        if (destination.Length < Keccak256.HashSize)
            throw new ArgumentException($"the destination must hold {Keccak256.HashSize} bytes, it has {destination.Length}", nameof(destination));
        fixed (ulong* state = _state)
        fixed (byte* pending = _pending)
            KeccakF1600.Finish256(state, pending, _pendingLength, Keccak256.KeccakPadding, destination);
        Reset();
    }

    /// <inheritdoc cref="Finish(Span{byte})"/>
    public Hash256 Finish()
    {
        Span<byte> hash = stackalloc byte[Keccak256.HashSize];
        Finish(hash);
        return new Hash256(hash);
    }

    /// <summary>Forgets all input fed so far.</summary>
    public void Reset()
    {
        Array.Clear(_state);
        _pendingLength = 0;
    }
}
