using Csevm.Interpreter;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;

namespace Csevm.Tests.State;

/// <summary>Every (original X, current Y, new Z) case of <see cref="StorageStatus"/>: X is set in the source, Y by a first write.</summary>
public sealed class StorageStatusTests
{
    private static readonly Address Owner = Address.FromNumber(0x5107);

    [Theory]
    [InlineData(0, 0, 0, StorageStatus.Assigned)]
    [InlineData(1, 1, 1, StorageStatus.Assigned)]
    [InlineData(0, 0, 1, StorageStatus.Added)]
    [InlineData(1, 1, 0, StorageStatus.Deleted)]
    [InlineData(1, 1, 2, StorageStatus.Modified)]
    [InlineData(1, 0, 2, StorageStatus.DeletedAdded)]
    [InlineData(1, 2, 0, StorageStatus.ModifiedDeleted)]
    [InlineData(1, 0, 1, StorageStatus.DeletedRestored)]
    [InlineData(0, 1, 0, StorageStatus.AddedDeleted)]
    [InlineData(1, 2, 1, StorageStatus.ModifiedRestored)]
    [InlineData(1, 2, 3, StorageStatus.Assigned)]
    [InlineData(0, 1, 2, StorageStatus.Assigned)]
    public void SetStorage_ClassifiesByOriginalCurrentAndNew(ulong original, ulong current, ulong value, StorageStatus expected)
    {
        var source = new InMemoryStateSource(new Dictionary<Address, Account>
        {
            [Owner] = new Account(1, 0, [0x00], new Dictionary<UInt256, UInt256> { [7] = original }),
        });
        var state = new WorldState(source);
        state.BeginTransaction(Revision.Cancun);
        if (current != original) state.SetStorage(Owner, 7, current);

        Assert.Equal(expected, state.SetStorage(Owner, 7, value));
        Assert.Equal(new UInt256(value), state.GetStorage(Owner, 7));
        Assert.Equal(new UInt256(original), state.GetOriginalStorage(Owner, 7));
    }

    [Fact]
    public void SetStorage_AllNineStatusesAreReachable()
    {
        var cases = typeof(StorageStatusTests).GetMethod(nameof(SetStorage_ClassifiesByOriginalCurrentAndNew))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (StorageStatus)a.GetData(null!).Single()[3]).ToHashSet();
        Assert.Equal(Enum.GetValues<StorageStatus>().ToHashSet(), cases);
    }
}
