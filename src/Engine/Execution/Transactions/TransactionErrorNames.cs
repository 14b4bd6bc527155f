namespace Csevm.Execution.Transactions;

/// <summary>
/// The names state-test fixtures give transaction errors in <c>expectException</c>: EEST's
/// <c>TransactionException.*</c> and the older retesteth spellings (<c>TR_NoFunds</c>, <c>IntrinsicGas</c> ...).
/// </summary>
public static class TransactionErrorNames
{
    private const string Prefix = "TransactionException.";

    private static readonly Dictionary<string, TransactionError[]> ByName = BuildLookup();

    /// <summary>The EEST name, e.g. <c>TransactionException.INTRINSIC_GAS_TOO_LOW</c> ("" for <see cref="TransactionError.None"/>).</summary>
    public static string FixtureName(TransactionError error) => error switch
    {
        TransactionError.None => "",
        _ => Prefix + ScreamingSnake(error),
    };

    /// <summary>
    /// True when <paramref name="error"/> is one of the alternatives of an <c>expectException</c>
    /// value (<c>A|B</c> accepts either).
    /// </summary>
    public static bool Matches(TransactionError error, string expectException)
    {
        if (error == TransactionError.None) return false;
        foreach (var range in expectException.AsSpan().Split('|'))
        {
            var name = expectException[range].Trim();
            if (ByName.TryGetValue(name, out var errors) && Array.IndexOf(errors, error) >= 0) return true;
        }
        return false;
    }

    /// <summary>The errors an <c>expectException</c> alternative stands for (empty when the name is unknown).</summary>
    public static IReadOnlyList<TransactionError> Parse(string name) =>
        ByName.TryGetValue(name.Trim(), out var errors) ? errors : [];

    private static Dictionary<string, TransactionError[]> BuildLookup()
    {
        var lookup = new Dictionary<string, TransactionError[]>(StringComparer.Ordinal);
        foreach (var error in Enum.GetValues<TransactionError>())
            if (error != TransactionError.None) lookup[FixtureName(error)] = [error];

        // EEST names for conditions this engine reports under a more general reason.
        lookup[Prefix + "GASLIMIT_PRICE_PRODUCT_OVERFLOW"] = [TransactionError.InsufficientAccountFunds];

        // retesteth (ethereum/tests, legacytests) spellings.
        lookup["TR_TypeNotSupported"] =
            [TransactionError.Type1TxPreFork, TransactionError.Type2TxPreFork, TransactionError.Type3TxPreFork, TransactionError.Type4TxPreFork];
        lookup["TR_NoFunds"] = [TransactionError.InsufficientAccountFunds];
        lookup["TR_NoFundsX"] = [TransactionError.InsufficientAccountFunds];
        lookup["TR_NoFundsOrGas"] = [TransactionError.InsufficientAccountFunds, TransactionError.IntrinsicGasTooLow];
        lookup["IntrinsicGas"] = [TransactionError.IntrinsicGasTooLow];
        lookup["TR_IntrinsicGas"] = [TransactionError.IntrinsicGasTooLow];
        lookup["SenderNotEOA"] = [TransactionError.SenderNotEoa];
        lookup["TR_RLP_WRONGVALUE"] = [TransactionError.RlpInvalidValue];
        lookup["TR_FeeCapLessThanBlocks"] = [TransactionError.InsufficientMaxFeePerGas];
        lookup["TR_NonceHasMaxValue"] = [TransactionError.NonceIsMax];
        lookup["TR_TipGtFeeCap"] = [TransactionError.PriorityGreaterThanMaxFeePerGas];
        lookup["TR_GasLimitReached"] = [TransactionError.GasAllowanceExceeded];
        lookup["TR_InitCodeLimitExceeded"] = [TransactionError.InitcodeSizeExceeded];
        lookup["TR_EMPTYBLOB"] = [TransactionError.Type3TxZeroBlobs];
        lookup["TR_BLOBVERSION_INVALID"] = [TransactionError.Type3TxInvalidBlobVersionedHash];
        lookup["TR_BLOBLIST_OVERSIZE"] = [TransactionError.Type3TxBlobCountExceeded];
        lookup["TR_BLOBCREATE"] = [TransactionError.Type3TxContractCreation];
        return lookup;
    }

    /// <summary>Type3TxZeroBlobs -> TYPE_3_TX_ZERO_BLOBS: an underscore before each capital and each digit run.</summary>
    private static string ScreamingSnake(TransactionError error)
    {
        var name = error.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool boundary = i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(name[i - 1])) || (!char.IsDigit(c) && char.IsDigit(name[i - 1])));
            if (boundary) builder.Append('_');
            builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }
}
