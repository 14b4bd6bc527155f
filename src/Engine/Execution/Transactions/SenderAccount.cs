using Csevm.Numerics;

namespace Csevm.Execution.Transactions;

/// <summary>What validation needs to know about the sender's account before the transaction.</summary>
public readonly record struct SenderAccount(ulong Nonce, UInt256 Balance, ReadOnlyMemory<byte> Code);
