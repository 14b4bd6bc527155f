using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Precompiles.Crypto;
using Csevm.Primitives;
using Csevm.Primitives.Rlp;

namespace Csevm.Native.CApi;

/// <summary>Recovers the authority of an EIP-7702 tuple whose caller did not recover it.</summary>
internal static class AuthorizationSigner
{
    /// <summary>EIP-7702's MAGIC: the signing domain of authorizations.</summary>
    private const byte Magic = 0x05;

    /// <summary>
    /// The signer of keccak(0x05 ‖ rlp([chain_id, address, nonce])), or null when (y parity, r, s) is
    /// no valid signature; the engine then skips the tuple as it does any unrecoverable one.
    /// </summary>
    public static Address? Recover(Authorization authorization)
    {
        if (authorization.YParity > UInt256.One) return null;
        Span<byte> address = stackalloc byte[Address.Size];
        authorization.Address.CopyTo(address);
        int payload = RlpEncoding.LengthOfUInt256(authorization.ChainId) + RlpEncoding.LengthOfBytes(address)
            + RlpEncoding.LengthOfUlong(authorization.Nonce);
        Span<byte> preimage = stackalloc byte[1 + RlpEncoding.LengthOfList(payload)];
        preimage[0] = Magic;
        int written = 1 + RlpEncoding.WriteListHeader(preimage[1..], payload);
        written += RlpEncoding.WriteUInt256(preimage[written..], authorization.ChainId);
        written += RlpEncoding.WriteBytes(preimage[written..], address);
        RlpEncoding.WriteUlong(preimage[written..], authorization.Nonce);
        Span<byte> hash = stackalloc byte[Hash256.Size];
        Keccak256.Hash(preimage, hash);
        return Secp256k1.TryRecoverAddress(hash, (int)authorization.YParity.U0, authorization.R, authorization.S, out var signer) ? signer : null;
    }
}
