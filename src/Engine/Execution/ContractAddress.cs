using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Primitives.Rlp;

namespace Csevm.Execution;

/// <summary>Where CREATE and CREATE2 put a new contract.</summary>
public static class ContractAddress
{
    /// <summary>CREATE (and creating transactions): the last 20 bytes of keccak256(rlp([sender, nonce])).</summary>
    public static Address ForCreate(in Address sender, ulong nonce)
    {
        Span<byte> senderBytes = stackalloc byte[Address.Size];
        sender.CopyTo(senderBytes);
        int payload = RlpEncoding.LengthOfBytes(senderBytes) + RlpEncoding.LengthOfUlong(nonce);
        Span<byte> rlp = stackalloc byte[RlpEncoding.LengthOfList(payload)];
        int written = RlpEncoding.WriteListHeader(rlp, payload);
        written += RlpEncoding.WriteBytes(rlp[written..], senderBytes);
        RlpEncoding.WriteUlong(rlp[written..], nonce);
        return LastTwentyBytes(Keccak256.Hash(rlp));
    }

    /// <summary>CREATE2 (EIP-1014): the last 20 bytes of keccak256(0xff ‖ sender ‖ salt ‖ keccak256(initCode)).</summary>
    public static Address ForCreate2(in Address sender, in UInt256 salt, ReadOnlySpan<byte> initCode)
    {
        Span<byte> preimage = stackalloc byte[1 + Address.Size + 32 + Hash256.Size];
        preimage[0] = 0xff;
        sender.CopyTo(preimage[1..]);
        salt.ToBigEndian(preimage[(1 + Address.Size)..]);
        Keccak256.Hash(initCode, preimage[(1 + Address.Size + 32)..]);
        return LastTwentyBytes(Keccak256.Hash(preimage));
    }

    private static Address LastTwentyBytes(in Hash256 hash) => new(hash.Bytes[(Hash256.Size - Address.Size)..]);
}
