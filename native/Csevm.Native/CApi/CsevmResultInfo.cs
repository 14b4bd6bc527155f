using System.Runtime.InteropServices;
using Csevm.Native.Evmc;

namespace Csevm.Native.CApi;

/// <summary>csevm_result_info: the fixed-size part of a result.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct CsevmResultInfo
{
    /// <summary>evmc_status_code numbering: 0 success, 2 revert, 3 out of gas ...</summary>
    public int Status;
    /// <summary>1 when a contract was created at <see cref="CreatedAddress"/>.</summary>
    public int Created;
    /// <summary>Transactions: gas paid for after refunds. Calls: gas given minus gas left (refunds not applied).</summary>
    public long GasUsed;
    /// <summary>Calls: the refund counter at the end (0 unless successful). Transactions: 0 (already applied).</summary>
    public long GasRefund;
    public nuint OutputSize;
    public nuint LogCount;
    public EvmcAddress CreatedAddress;
}
