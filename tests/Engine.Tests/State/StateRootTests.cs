using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;
using Csevm.StateTests;
using Csevm.Tests.Fixtures;

namespace Csevm.Tests.State;

public sealed class StateRootTests
{
    private static readonly Hash256 EmptyListHash = Hash256.Parse("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");

    private static IEnumerable<StateTest> CancunTests() =>
        StateTestLoader.Load(FixturePaths.Of("state_tests/eest/state_tests/cancun")).SelectMany(f => f.Tests);

    [Fact]
    public void StateRoot_OfEveryEestExpectedPostState_MatchesItsHash()
    {
        int checkedStates = 0;
        foreach (var test in CancunTests())
            foreach (var post in test.Post)
            {
                Assert.NotNull(post.State);
                Assert.Equal(post.StateRoot, StateRoot.Compute(post.State));
                checkedStates++;
            }
        Assert.Equal(2418, checkedStates);
    }

    [Fact]
    public void StateRoot_OfAnUntouchedWorldState_IsTheRootOfThePreState()
    {
        // Invalid transactions leave the state as it was: their expected root is the pre-state's.
        var invalid = CancunTests().SelectMany(t => t.Post.Select(p => (t, p))).Where(x => x.p.ExpectException is not null).ToList();
        Assert.NotEmpty(invalid);
        foreach (var (test, post) in invalid)
        {
            var state = new WorldState(new InMemoryStateSource(test.Pre));
            state.BeginTransaction(post.Fork);
            state.GetBalance(test.Transaction.Sender);
            state.CommitTransaction();
            Assert.Equal(post.StateRoot, StateRoot.Compute(state));
            Assert.Equal(post.LogsHash, LogsHash.Compute(state.Logs));
        }
    }

    [Fact]
    public void StateRoot_OfNothing_IsTheEmptyTrieRoot() =>
        Assert.Equal(Hash256.Parse("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"),
            StateRoot.Compute(new Dictionary<Address, Account>()));

    [Fact]
    public void LogsHash_OfNoLogs_IsTheHashOfTheEmptyList() => Assert.Equal(EmptyListHash, LogsHash.Compute([]));

    [Fact]
    public void LogsHash_IsKeccakOfTheRlpListOfAddressTopicsData()
    {
        var topic = Hash256.Parse("0x000000000000000000000000000000000000000000000000000000000000abcd");
        var log = new LogEntry(Address.FromNumber(1), [topic], [0x42]);
        // [[0x94 ‖ address, [0xa0 ‖ topic], 0x42]]: inner payload 21 + 34 + 1 = 56 bytes: just long enough for a two-byte list header.
        var rlp = Hex.Decode("0xf83a" + "f838" + "94" + "0000000000000000000000000000000000000001" + "e1a0" + topic.ToString()[2..] + "42");
        Assert.Equal(Keccak256.Hash(rlp), LogsHash.Compute([log]));
    }

    [Fact]
    public void StateRoot_ChangesWithStorageAndIgnoresZeroSlots()
    {
        var address = Address.FromNumber(0x1234);
        var source = new InMemoryStateSource(new Dictionary<Address, Account> { [address] = new Account(1, 1, [0x00]) });
        var state = new WorldState(source);
        state.BeginTransaction(Revision.Cancun);
        var before = StateRoot.Compute(state);
        state.SetStorage(address, 1, 0);
        Assert.Equal(before, StateRoot.Compute(state));
        state.SetStorage(address, 1, 5);
        Assert.NotEqual(before, StateRoot.Compute(state));
    }
}
