using System.Runtime.InteropServices;
using Csevm.Native.Evmc;

namespace Csevm.Native.CApi;

/// <summary>csevm_access_list_entry: one EIP-2930 entry, an address and the storage keys to pre-warm in it.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct CsevmAccessListEntry
{
    public EvmcAddress Address;
    public EvmcBytes32* StorageKeys;
    public nuint StorageKeyCount;
}
