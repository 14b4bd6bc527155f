using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.State;

/// <summary>
/// An account as a state source holds it: nonce, balance, code and storage. Immutable once built,
/// so one pre-state can back many world states at once (state-test vectors run in parallel).
/// </summary>
public sealed class Account
{
    public static readonly IReadOnlyDictionary<UInt256, UInt256> NoStorage = new Dictionary<UInt256, UInt256>();

    public ulong Nonce { get; }
    public UInt256 Balance { get; }
    public byte[] Code { get; }
    public Hash256 CodeHash { get; }
    /// <summary>Non-zero slots only (zero values are dropped on construction: a zero slot is an absent slot).</summary>
    public IReadOnlyDictionary<UInt256, UInt256> Storage { get; }

    /// <summary>An account; <c>storage</c> must be complete (whole-state exports read it), and its zero values are dropped.</summary>
    public Account(ulong nonce, in UInt256 balance, byte[]? code = null, IReadOnlyDictionary<UInt256, UInt256>? storage = null)
        : this(nonce, balance, code ?? [], code is { Length: > 0 } ? Keccak256.Hash(code) : Keccak256.OfEmpty, storage)
    {
    }

    /// <summary>For callers that know the code hash already (exports from a world state).</summary>
    internal Account(ulong nonce, in UInt256 balance, byte[] code, in Hash256 codeHash, IReadOnlyDictionary<UInt256, UInt256>? storage)
    {
        Nonce = nonce;
        Balance = balance;
        Code = code;
        CodeHash = codeHash;
        Storage = WithoutZeroSlots(storage);
    }

    /// <summary>EIP-161: no nonce, no balance, no code.</summary>
    public bool IsEmpty => Nonce == 0 && Balance.IsZero && Code.Length == 0;

    private static IReadOnlyDictionary<UInt256, UInt256> WithoutZeroSlots(IReadOnlyDictionary<UInt256, UInt256>? storage)
    {
        if (storage is null || storage.Count == 0) return NoStorage;
        var nonZero = new Dictionary<UInt256, UInt256>(storage.Count);
        foreach (var (slot, value) in storage)
            if (!value.IsZero) nonZero[slot] = value;
        return nonZero;
    }
}
