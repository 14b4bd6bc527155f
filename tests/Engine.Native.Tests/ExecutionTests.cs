using Csevm.Execution;
using Csevm.Execution.Transactions;
using Csevm.Interop;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;
using Csevm.StateTests;

namespace Csevm.Native.Tests;

/// <summary>Transactions, raw calls and state-test files through libcsevm.so, against the managed engine on the same inputs.</summary>
public class ExecutionTests
{
    private static readonly Address Sender = Address.Parse("0x1111111111111111111111111111111111111111");
    private static readonly Address Coinbase = Address.Parse("0xc0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0");
    // Deploys a counter: each call adds one to slot 0, logs the new value (LOG0) and returns it.
    private static readonly byte[] CounterInit = Hex.Decode("6017600c60003960176000f3" + "600054600101806000556000526020" + "6000a060206000f3");

    public ExecutionTests() => BuiltLibrary.Use();

    private static BlockEnvironment Block(Revision revision) => new()
    {
        Coinbase = Coinbase,
        Number = 1,
        Timestamp = 1_700_000_000,
        GasLimit = 30_000_000,
        BaseFee = 7,
        BlobSchedule = BlobSchedule.For(revision),
    };

    private static IEnumerable<Transaction> Transactions(Address counter)
    {
        yield return new Transaction { Type = TransactionType.DynamicFee, Sender = Sender, Nonce = 0, GasLimit = 200_000, MaxFeePerGas = 10, MaxPriorityFeePerGas = 1, Data = CounterInit };
        yield return new Transaction { Type = TransactionType.Legacy, Sender = Sender, Nonce = 1, GasLimit = 100_000, GasPrice = 9, To = counter };
        yield return new Transaction { Type = TransactionType.DynamicFee, Sender = Sender, Nonce = 2, GasLimit = 100_000, MaxFeePerGas = 10, MaxPriorityFeePerGas = 2, To = counter, Value = 5 };
        yield return new Transaction { Type = TransactionType.Legacy, Sender = Sender, Nonce = 3, GasLimit = 21_100, GasPrice = 9, To = counter };  // runs out of gas
        yield return new Transaction { Type = TransactionType.Legacy, Sender = Sender, Nonce = 3, GasLimit = 20_000, GasPrice = 9, To = counter };  // intrinsic gas too low: invalid
        yield return new Transaction { Type = TransactionType.Legacy, Sender = Sender, Nonce = 9, GasLimit = 50_000, GasPrice = 9, To = counter };  // nonce too high: invalid
    }

    [NativeTheory]
    [InlineData((int)Revision.Cancun)]
    [InlineData((int)Revision.Prague)]
    [InlineData((int)Revision.London)]
    [InlineData((int)Revision.Berlin)]
    public void TransactionsMatchTheManagedProcessor(int revisionNumber)
    {
        var revision = (Revision)revisionNumber;
        using var native = new NativeState();
        var managed = new WorldState(InMemoryStateSource.Empty);
        using var processor = new TransactionProcessor();
        native.SetBalance(Sender, UInt256.Parse("1000000000000000000"));
        managed.SetBalance(Sender, UInt256.Parse("1000000000000000000"));
        managed.CommitTransaction();

        var counter = ContractAddress.ForCreate(Sender, 0);
        foreach (var template in Transactions(counter))
        {
            // Before London there are no fee caps: the same transaction as a legacy one.
            var transaction = revision >= Revision.London || template.Type == TransactionType.Legacy ? template
                : new Transaction { Type = TransactionType.Legacy, Sender = template.Sender, Nonce = template.Nonce, GasLimit = template.GasLimit,
                    GasPrice = template.MaxFeePerGas, To = template.To, Value = template.Value, Data = template.Data };
            var block = Block(revision);
            var expected = processor.Execute(managed, transaction, block, revision, NoAncestors.Instance);
            var actual = native.Execute(transaction, block, revision);

            Assert.Equal(expected.Error, actual.Error);
            Assert.Equal(expected.Status, actual.Status);
            Assert.Equal(expected.GasUsed, actual.GasUsed);
            Assert.Equal(expected.CreatedAddress, actual.CreatedAddress);
            Assert.Equal(expected.Output.ToArray(), actual.Output.ToArray());
            Assert.Equal(Describe(expected.Logs), Describe(actual.Logs));
            Assert.Equal(StateRoot.Compute(managed), native.StateRoot());
        }
        Assert.Equal(4UL, native.GetNonce(Sender));
    }

    [NativeFact]
    public void RawCallsCountAndLogLikeTheContractSays()
    {
        using var state = new NativeState();
        state.SetBalance(Sender, UInt256.Parse("1000000000000000000"));
        var deployed = state.Execute(new Transaction { Type = TransactionType.Legacy, Sender = Sender, GasLimit = 200_000, GasPrice = 7, Data = CounterInit }, Block(Revision.Cancun), Revision.Cancun);
        var counter = deployed.CreatedAddress!.Value;
        for (ulong i = 1; i <= 3; i++)
        {
            var (status, gasUsed, _, output, logs) = state.Call(Sender, counter, 0, [], 100_000, Block(Revision.Cancun), Revision.Cancun);
            Assert.Equal(ExecutionStatus.Success, status);
            Assert.Equal(new UInt256(i), UInt256.FromBigEndian(output));
            Assert.Equal(counter, Assert.Single(logs).Address);
            Assert.True(gasUsed > 0);
        }
        Assert.Equal((UInt256)3, state.GetStorage(counter, 0));
        Assert.Equal(1UL, state.GetNonce(Sender));  // raw calls do not use nonces
    }

    [NativeFact]
    public void UnknownRevisionIsAnError()
    {
        using var state = new NativeState();
        var error = Assert.Throws<CsevmNativeException>(() => state.Call(Sender, Sender, 0, [], 1000, Block(Revision.Cancun), (Revision)42));
        Assert.Equal(Native.CApi.CsevmError.UnknownRevision, error.Code);
    }

    [NativeTheory]
    [InlineData("state_tests/ethereum-tests/GeneralStateTests/VMTests/vmArithmeticTest", null)]
    [InlineData("state_tests/eest/state_tests/cancun/eip1153_tstore", "Cancun")]
    public void StateTestFilesCountLikeTheManagedRunner(string relative, string? fork)
    {
        var path = Path.Combine(FixtureRoot(), relative);
        var options = new StateTestRunOptions { Fork = fork is null ? null : RevisionNames.Parse(fork) };
        var managed = StateTestRunner.Run([path], options).ToList();
        var native = NativeStateTests.Run(path, fork);

        Assert.Equal((ulong)managed.Count(r => r.Pass && !r.Skipped), native.Passed);
        Assert.Equal((ulong)managed.Count(r => !r.Pass && !r.Skipped), native.Failed);
        Assert.Equal((ulong)managed.Count(r => r.Skipped), native.Skipped);
        Assert.True(native.Passed > 0);
    }

    [NativeFact]
    public void MissingStateTestPathIsAnIoError()
    {
        var error = Assert.Throws<CsevmNativeException>(() => NativeStateTests.Run("/no/such/fixtures.json"));
        Assert.Equal(Native.CApi.CsevmError.Io, error.Code);
    }

    private static string Describe(IEnumerable<LogEntry> logs) =>
        string.Join("\n", logs.Select(l => $"{l.Address} {string.Join(",", l.Topics)} {Hex.Encode(l.Data)}"));

    private static string FixtureRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CSEVM_FIXTURES");
        if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures"));
        throw new DirectoryNotFoundException("repository root (Engine.sln) not found above " + AppContext.BaseDirectory);
    }
}
