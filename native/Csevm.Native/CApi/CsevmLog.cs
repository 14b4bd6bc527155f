using System.Runtime.InteropServices;
using Csevm.Native.Evmc;

namespace Csevm.Native.CApi;

/// <summary>csevm_log: one log's address, topics and data size (the data is copied separately).</summary>
[StructLayout(LayoutKind.Sequential)]
public struct CsevmLog
{
    public EvmcAddress Address;
    public nuint TopicCount;
    public EvmcBytes32 Topic0, Topic1, Topic2, Topic3;
    public nuint DataSize;
}
