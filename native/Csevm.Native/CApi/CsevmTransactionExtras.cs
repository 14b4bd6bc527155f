using System.Runtime.InteropServices;
using Csevm.Native.Evmc;

namespace Csevm.Native.CApi;

/// <summary>
/// csevm_transaction_extras: what types 1, 3 and 4 add to a <see cref="CsevmTransaction"/> (access
/// list, blob fields, authorization list). A separate struct so csevm_transaction keeps its layout.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct CsevmTransactionExtras
{
    public CsevmAccessListEntry* AccessList;
    public nuint AccessListCount;
    public EvmcBytes32 MaxFeePerBlobGas;
    public EvmcBytes32* BlobVersionedHashes;
    public nuint BlobVersionedHashCount;
    public CsevmAuthorization* Authorizations;
    public nuint AuthorizationCount;
}
