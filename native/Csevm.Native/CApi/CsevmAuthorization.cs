using System.Runtime.InteropServices;
using Csevm.Native.Evmc;

namespace Csevm.Native.CApi;

/// <summary>csevm_authorization: one EIP-7702 tuple, with its signer when the caller already recovered it.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct CsevmAuthorization
{
    public EvmcBytes32 ChainId;
    public EvmcAddress Address;
    public ulong Nonce;
    public ulong YParity;
    public EvmcBytes32 R;
    public EvmcBytes32 S;
    /// <summary>Non-zero: <see cref="Signer"/> is the authority; zero: the library recovers it from (y parity, r, s).</summary>
    public int HasSigner;
    public EvmcAddress Signer;
}
