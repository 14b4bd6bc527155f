using Csevm.Spec;

namespace Csevm.Execution.Transactions;

/// <summary>
/// How much gas a transaction is finally charged for, from what execution left over, the refund
/// counter and (from Prague) the EIP-7623 calldata floor.
/// </summary>
public static class GasAccounting
{
    /// <summary>Refunds are capped at gas used / 2 before London, gas used / 5 from London (EIP-3529).</summary>
    public static long MaxRefundQuotient(Revision revision) => revision >= Revision.London ? 5 : 2;

    /// <summary>The refund actually granted: the counter, capped by <see cref="MaxRefundQuotient"/>.</summary>
    public static long EffectiveRefund(long gasUsedBeforeRefund, long refundCounter, Revision revision)
    {
        if (refundCounter < 0) throw new ArgumentOutOfRangeException(nameof(refundCounter), refundCounter, "the refund counter ends a transaction non-negative");
        return Math.Min(gasUsedBeforeRefund / MaxRefundQuotient(revision), refundCounter);
    }

    /// <summary>
    /// Gas charged for the transaction: gas limit − gas left, less the capped refund, but never
    /// below <paramref name="floorGas"/> (EIP-7623; 0 before Prague). Between 0 and the gas limit.
    /// </summary>
    public static long GasUsed(long gasLimit, long gasLeft, long refundCounter, long floorGas, Revision revision)
    {
        if ((ulong)gasLeft > (ulong)gasLimit) throw new ArgumentOutOfRangeException(nameof(gasLeft), gasLeft, $"gas left must be within 0..{gasLimit}");
        long usedBeforeRefund = gasLimit - gasLeft;
        long usedAfterRefund = usedBeforeRefund - EffectiveRefund(usedBeforeRefund, refundCounter, revision);
        return Math.Max(usedAfterRefund, floorGas);
    }
}
