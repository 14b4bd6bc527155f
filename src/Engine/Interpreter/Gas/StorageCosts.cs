using Csevm.Spec;

namespace Csevm.Interpreter.Gas;

/// <summary>The price and refund of one SSTORE, before any EIP-2929 cold surcharge.</summary>
internal readonly record struct StorageCost(long Gas, long Refund);

/// <summary>
/// SSTORE pricing per revision, indexed by the <see cref="StorageStatus"/> the host reports. The
/// regimes: Frontier's set/reset (also Petersburg, which withdrew EIP-1283); EIP-1283 net metering
/// in Constantinople; EIP-2200 from Istanbul (the dirty price is SLOAD's); EIP-2929 from Berlin
/// (warm read 100, reset 5000 - 2100); EIP-3529 from London (clear refund 4800).
/// </summary>
internal static class StorageCosts
{
    private const long Set = 20000;

    private static readonly StorageCost[][] ByRevision = Enum.GetValues<Revision>().Select(Build).ToArray();

    public static StorageCost Get(Revision revision, StorageStatus status) => ByRevision[(int)revision][(int)status];

    private static StorageCost[] Build(Revision revision)
    {
        var costs = new StorageCost[Enum.GetValues<StorageStatus>().Length];
        if (revision < Revision.Constantinople || revision == Revision.Petersburg)
        {
            const long reset = 5000, clear = 15000;
            costs[(int)StorageStatus.Assigned] = new(reset, 0);
            costs[(int)StorageStatus.Added] = new(Set, 0);
            costs[(int)StorageStatus.Deleted] = new(reset, clear);
            costs[(int)StorageStatus.Modified] = new(reset, 0);
            costs[(int)StorageStatus.DeletedAdded] = new(Set, 0);
            costs[(int)StorageStatus.ModifiedDeleted] = new(reset, clear);
            costs[(int)StorageStatus.DeletedRestored] = new(Set, 0);
            costs[(int)StorageStatus.AddedDeleted] = new(reset, clear);
            costs[(int)StorageStatus.ModifiedRestored] = new(reset, 0);
            return costs;
        }
        long warmRead = revision switch
        {
            Revision.Constantinople => 200,
            < Revision.Berlin => 800,
            _ => 100,
        };
        long resetNet = revision >= Revision.Berlin ? 5000 - 2100 : 5000;
        long clearNet = revision >= Revision.London ? 4800 : 15000;
        costs[(int)StorageStatus.Assigned] = new(warmRead, 0);
        costs[(int)StorageStatus.Added] = new(Set, 0);
        costs[(int)StorageStatus.Deleted] = new(resetNet, clearNet);
        costs[(int)StorageStatus.Modified] = new(resetNet, 0);
        costs[(int)StorageStatus.DeletedAdded] = new(warmRead, -clearNet);
        costs[(int)StorageStatus.ModifiedDeleted] = new(warmRead, clearNet);
        costs[(int)StorageStatus.DeletedRestored] = new(warmRead, resetNet - warmRead - clearNet);
        costs[(int)StorageStatus.AddedDeleted] = new(warmRead, Set - warmRead);
        costs[(int)StorageStatus.ModifiedRestored] = new(warmRead, resetNet - warmRead);
        return costs;
    }
}
