using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Tests.Execution.Transactions;

/// <summary>Small builders the transaction tests share.</summary>
internal static class TestTransactions
{
    public static readonly Address Sender = Address.Parse("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
    public static readonly Address Recipient = Address.Parse("0x1000000000000000000000000000000000000000");
    public static readonly Address DelegateTarget = Address.Parse("0x2000000000000000000000000000000000000000");

    public static Transaction Call(byte[]? data = null, long gasLimit = 100_000) => new()
    {
        Sender = Sender,
        To = Recipient,
        GasLimit = gasLimit,
        GasPrice = 10,
        Data = data ?? [],
    };

    public static Transaction Create(byte[] initCode, long gasLimit = 1_000_000) => new()
    {
        Sender = Sender,
        To = null,
        GasLimit = gasLimit,
        GasPrice = 10,
        Data = initCode,
    };

    public static Authorization SignedAuthorization(Address authority, Address target, ulong nonce = 0, ulong chainId = 1) => new()
    {
        ChainId = chainId,
        Address = target,
        Nonce = nonce,
        YParity = UInt256.Zero,
        R = 1,
        S = 1,
        Signer = authority,
    };

    public static byte[] Bytes(int zeroBytes, int nonZeroBytes)
    {
        var data = new byte[zeroBytes + nonZeroBytes];
        data.AsSpan(zeroBytes).Fill(0xab);
        return data;
    }
}
