using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Execution;

/// <summary>
/// The block and transaction environment the opcodes read (EVMC's evmc_tx_context): one per
/// transaction, never changed while it runs.
/// </summary>
public sealed class TxContext
{
    public UInt256 GasPrice;
    public Address Origin;
    public Address Coinbase;
    public long BlockNumber;
    public long Timestamp;
    public long GasLimit;
    /// <summary>DIFFICULTY before Paris, PREVRANDAO from Paris on (opcode 0x44).</summary>
    public UInt256 PrevRandao;
    public UInt256 ChainId = 1;
    public UInt256 BaseFee;
    public UInt256 BlobBaseFee;
    /// <summary>The transaction's blob versioned hashes (BLOBHASH).</summary>
    public Hash256[] BlobHashes = [];
}
