using Csevm.Spec;

namespace Csevm.Execution.Transactions;

/// <summary>
/// Gas a transaction costs before any code runs, and (from Prague) the EIP-7623 floor its total
/// gas use may not drop below. The gas limit must cover the larger of the two.
/// </summary>
public readonly record struct IntrinsicGas(long Standard, long Floor)
{
    public const long TransactionBase = 21_000;
    /// <summary>Extra for a creation transaction from Homestead (EIP-2).</summary>
    public const long ContractCreation = 32_000;
    public const long ZeroDataByte = 4;
    /// <summary>Non-zero calldata byte before Istanbul.</summary>
    public const long NonZeroDataByteFrontier = 68;
    /// <summary>Non-zero calldata byte from Istanbul (EIP-2028).</summary>
    public const long NonZeroDataByteIstanbul = 16;
    public const long AccessListAddress = 2_400;
    public const long AccessListStorageKey = 1_900;
    /// <summary>EIP-3860 (Shanghai): per 32-byte word of init code.</summary>
    public const long InitCodeWord = 2;
    /// <summary>EIP-7702 PER_EMPTY_ACCOUNT_COST, charged per authorization tuple.</summary>
    public const long PerAuthorization = 25_000;
    /// <summary>EIP-7623 TOTAL_COST_FLOOR_PER_TOKEN.</summary>
    public const long FloorPerToken = 10;
    /// <summary>EIP-7623: a non-zero byte counts as this many tokens, a zero byte as one.</summary>
    public const long TokensPerNonZeroByte = 4;

    /// <summary>The gas limit has to cover this much.</summary>
    public long Required => Math.Max(Standard, Floor);

    /// <summary>The intrinsic cost and calldata floor of <paramref name="transaction"/> under <paramref name="revision"/>.</summary>
    public static IntrinsicGas Of(Transaction transaction, Revision revision)
    {
        var data = transaction.Data.Span;
        long zeroBytes = data.Count((byte)0);
        long nonZeroBytes = data.Length - zeroBytes;

        long gas = TransactionBase
            + zeroBytes * ZeroDataByte
            + nonZeroBytes * (revision >= Revision.Istanbul ? NonZeroDataByteIstanbul : NonZeroDataByteFrontier);

        if (transaction.IsContractCreation)
        {
            if (revision >= Revision.Homestead) gas += ContractCreation;
            if (revision >= Revision.Shanghai) gas += InitCodeWord * WordCount(data.Length);
        }

        var accessList = transaction.AccessList;
        for (int i = 0; i < accessList.Count; i++)
            gas += AccessListAddress + AccessListStorageKey * accessList[i].StorageKeys.Count;

        gas += PerAuthorization * transaction.AuthorizationList.Count;

        long floor = revision >= Revision.Prague
            ? TransactionBase + FloorPerToken * (zeroBytes + TokensPerNonZeroByte * nonZeroBytes)
            : 0;
        return new IntrinsicGas(gas, floor);
    }

    private static long WordCount(long byteCount) => (byteCount + 31) / 32;
}
