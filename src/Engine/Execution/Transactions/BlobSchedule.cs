using Csevm.Spec;

namespace Csevm.Execution.Transactions;

/// <summary>
/// A fork's blob parameters (EIP-4844, EIP-7691, EIP-7840): blobs per block aimed for and allowed,
/// and how fast the blob base fee reacts to excess blob gas.
/// </summary>
public readonly record struct BlobSchedule(int Target, int Max, ulong BaseFeeUpdateFraction)
{
    /// <summary>No blobs: the schedule of every fork before Cancun.</summary>
    public static readonly BlobSchedule None = new(0, 0, 1);
    public static readonly BlobSchedule Cancun = new(3, 6, 3_338_477);
    /// <summary>EIP-7691 raised the counts; Osaka keeps Prague's numbers.</summary>
    public static readonly BlobSchedule Prague = new(6, 9, 5_007_716);

    /// <summary>The mainnet schedule of <paramref name="revision"/>.</summary>
    public static BlobSchedule For(Revision revision) => revision switch
    {
        < Revision.Cancun => None,
        Revision.Cancun => Cancun,
        _ => Prague,
    };

    /// <summary>Most blob gas one block may carry.</summary>
    public ulong MaxBlobGasPerBlock => (ulong)Max * BlobGas.PerBlob;
}
