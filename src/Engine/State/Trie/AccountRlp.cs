using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Primitives.Rlp;

namespace Csevm.State.Trie;

/// <summary>An account as the state trie stores it: RLP([nonce, balance, storageRoot, codeHash]).</summary>
public static class AccountRlp
{
    private const int HashItemLength = 1 + Hash256.Size;

    /// <summary>Length of the encoding of an account with this nonce and balance (the two hashes are fixed-size).</summary>
    public static int Length(ulong nonce, in UInt256 balance) =>
        RlpEncoding.LengthOfList(PayloadLength(nonce, balance));

    public static byte[] Encode(ulong nonce, in UInt256 balance, in Hash256 storageRoot, in Hash256 codeHash)
    {
        var encoded = new byte[Length(nonce, balance)];
        Write(encoded, nonce, balance, storageRoot, codeHash);
        return encoded;
    }

    /// <summary>Writes the encoding into <paramref name="destination"/> (at least <see cref="Length"/> bytes); returns the bytes written.</summary>
    public static int Write(Span<byte> destination, ulong nonce, in UInt256 balance, in Hash256 storageRoot, in Hash256 codeHash)
    {
        int at = RlpEncoding.WriteListHeader(destination, PayloadLength(nonce, balance));
        at += RlpEncoding.WriteUlong(destination[at..], nonce);
        at += RlpEncoding.WriteUInt256(destination[at..], balance);
        at += RlpEncoding.WriteBytes(destination[at..], storageRoot.Bytes);
        return at + RlpEncoding.WriteBytes(destination[at..], codeHash.Bytes);
    }

    private static int PayloadLength(ulong nonce, in UInt256 balance) =>
        RlpEncoding.LengthOfUlong(nonce) + RlpEncoding.LengthOfUInt256(balance) + 2 * HashItemLength;
}
