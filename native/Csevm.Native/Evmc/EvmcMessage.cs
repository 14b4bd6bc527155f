using System.Runtime.InteropServices;

namespace Csevm.Native.Evmc;

/// <summary>evmc_message (ABI 12): a call or create, at any depth.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct EvmcMessage
{
    /// <summary>evmc_call_kind, numbered as <see cref="Execution.CallKind"/>.</summary>
    public int Kind;
    /// <summary><see cref="EvmcFlags"/>.</summary>
    public uint Flags;
    public int Depth;
    public long Gas;
    public EvmcAddress Recipient;
    public EvmcAddress Sender;
    public byte* InputData;
    public nuint InputSize;
    public EvmcBytes32 Value;
    public EvmcBytes32 Create2Salt;
    public EvmcAddress CodeAddress;
    /// <summary>ABI 12: the code to run, when the host chooses to pass it here too.</summary>
    public byte* Code;
    public nuint CodeSize;
}
