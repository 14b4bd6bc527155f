using System.Runtime.InteropServices;
using Csevm.Native.Evmc;

namespace Csevm.Native.CApi;

/// <summary>csevm_call: a message call run directly (no nonce, fees or intrinsic gas), as eth_call does.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct CsevmCall
{
    public EvmcAddress Sender;
    public EvmcAddress Recipient;
    public EvmcBytes32 Value;
    public byte* Input;
    public nuint InputSize;
    public long Gas;
}
