using Csevm.Execution;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Interpreter;

/// <summary>
/// Everything the interpreter asks of the world (EVMC's evmc_host_interface, minus call, which
/// the interpreter never makes itself: CALL*/CREATE* suspend the frame and the executor runs
/// the request, so no call recurses on the native stack). Implemented by structs and passed as
/// a generic argument so each host gets its own specialised interpreter loop.
/// </summary>
public interface IHost
{
    /// <summary>Before Spurious Dragon: the account is in the state. From it on: it is in the state and not empty (EIP-161).</summary>
    bool AccountExists(in Address address);

    UInt256 GetStorage(in Address address, in UInt256 key);

    /// <summary>Writes the slot and classifies the write (original, current, new) for gas.</summary>
    StorageStatus SetStorage(in Address address, in UInt256 key, in UInt256 value);

    UInt256 GetBalance(in Address address);

    int GetCodeSize(in Address address);

    /// <summary>Keccak-256 of the code; zero for an account that does not exist or is empty (EIP-1052/161).</summary>
    Hash256 GetCodeHash(in Address address);

    /// <summary>The account's code (empty when there is none). Must stay valid while the transaction runs.</summary>
    ReadOnlyMemory<byte> GetCode(in Address address);

    /// <summary>Registers a self-destruct and moves the balance. Returns true the first time this account self-destructs in the transaction.</summary>
    bool SelfDestruct(in Address address, in Address beneficiary);

    TxContext GetTxContext();

    /// <summary>The hash of a block in the last 256, or zero.</summary>
    Hash256 GetBlockHash(long number);

    void EmitLog(in Address address, ReadOnlySpan<byte> data, ReadOnlySpan<Hash256> topics);

    /// <summary>Marks the address warm (EIP-2929) and says what it was before.</summary>
    AccessStatus AccessAccount(in Address address);

    /// <summary>Marks the slot warm (EIP-2929) and says what it was before.</summary>
    AccessStatus AccessStorage(in Address address, in UInt256 key);

    UInt256 GetTransientStorage(in Address address, in UInt256 key);

    void SetTransientStorage(in Address address, in UInt256 key, in UInt256 value);
}
