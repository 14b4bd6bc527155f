using Csevm.Execution;
using Csevm.Execution.Transactions;
using Csevm.Interop;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;

namespace Csevm.Native.Tests;

/// <summary>Types 1, 3 and 4 through csevm_execute_transaction_ex, against the managed processor on the same state.</summary>
public sealed class TypedTransactionTests : IDisposable
{
    private static readonly Address Sender = Address.Parse("0x1111111111111111111111111111111111111111");
    private static readonly Address Coinbase = Address.Parse("0xc0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0");
    private static readonly Address Counter = Address.Parse("0x00000000000000000000000000000000000c0de1");
    private static readonly Address BlobReader = Address.Parse("0x00000000000000000000000000000000000c0de2");
    private static readonly Address Authority = Address.Parse("0x00000000000000000000000000000000000a0717");
    // SLOAD slot 0, add one, SSTORE it.
    private static readonly byte[] CounterCode = Hex.Decode("600054600101600055");
    // BLOBHASH(0) into slot 0, BLOBBASEFEE into slot 1.
    private static readonly byte[] BlobReaderCode = Hex.Decode("5f495f554a600155");
    // An EIP-7702 tuple signed on chain 0 (EEST's eip7825 test_tx_gas_limit_cap_authorized_tx) and the signer the fixture names.
    private static readonly Authorization FixtureTuple = new()
    {
        ChainId = 0,
        Address = Address.Parse("0x7bcde9439952020ec23dbc606d754ca1b0329a82"),
        Nonce = 0,
        YParity = 0,
        R = UInt256.Parse("0x129205a0c17b07d422358c8e49fd30e7ed40c2065c59a10e19770999d0dea7c1"),
        S = UInt256.Parse("0x1a9f27baadee4473e053aa5f81f3a41c8c1cb5724d833b83f194013d8b37879d"),
    };
    private static readonly Address FixtureSigner = Address.Parse("0x54adfa46b0d53fc300967f2a4c0a6601bd0d4c5d");

    // Created after BuiltLibrary.Use(): a field initializer would load the library before its path is set.
    private readonly NativeState _native;
    private readonly WorldState _managed = new(InMemoryStateSource.Empty);
    private readonly TransactionProcessor _processor = new();

    public TypedTransactionTests()
    {
        BuiltLibrary.Use();
        _native = new NativeState();
        foreach (var (address, code) in new[] { (Counter, CounterCode), (BlobReader, BlobReaderCode) })
        {
            _native.SetCode(address, code);
            _managed.SetCode(address, code);
        }
        _native.SetBalance(Sender, UInt256.Parse("1000000000000000000"));
        _managed.SetBalance(Sender, UInt256.Parse("1000000000000000000"));
        _managed.CommitTransaction();
    }

    public void Dispose()
    {
        _native.Dispose();
        _processor.Dispose();
    }

    private static BlockEnvironment Block(Revision revision) => new()
    {
        Coinbase = Coinbase,
        Number = 1,
        Timestamp = 1_700_000_000,
        GasLimit = 30_000_000,
        BaseFee = 7,
        ExcessBlobGas = 10_000_000,
        BlobSchedule = BlobSchedule.For(revision),
    };

    /// <summary>Runs the transaction on both engines; asserts the same outcome and state root; returns the native one.</summary>
    private TransactionOutcome RunBoth(Transaction managedTransaction, Transaction nativeTransaction, Revision revision)
    {
        var block = Block(revision);
        var expected = _processor.Execute(_managed, managedTransaction, block, revision, NoAncestors.Instance);
        var actual = _native.Execute(nativeTransaction, block, revision);
        Assert.Equal(expected.Error, actual.Error);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.GasUsed, actual.GasUsed);
        Assert.Equal(StateRoot.Compute(_managed), _native.StateRoot());
        return actual;
    }

    private TransactionOutcome RunBoth(Transaction transaction, Revision revision) => RunBoth(transaction, transaction, revision);

    [NativeTheory]
    [InlineData((int)Revision.Berlin)]
    [InlineData((int)Revision.Cancun)]
    public void AccessListTransactionWarmsItsEntriesAndChargesForThem(int revisionNumber)
    {
        var revision = (Revision)revisionNumber;
        Transaction Plain(ulong nonce) => new() { Type = TransactionType.AccessList, Sender = Sender, Nonce = nonce, GasLimit = 100_000, GasPrice = 9, To = Counter };
        var listed = new Transaction
        {
            Type = TransactionType.AccessList, Sender = Sender, Nonce = 2, GasLimit = 100_000, GasPrice = 9, To = Counter,
            AccessList = [new AccessListItem(Counter, [0, 5]), new AccessListItem(Coinbase, [])],
        };
        RunBoth(Plain(0), revision);                  // slot 0: 0 -> 1
        var withoutList = RunBoth(Plain(1), revision);  // 1 -> 2, slot cold
        var withList = RunBoth(listed, revision);       // 2 -> 3, slot warm

        Assert.Equal(ExecutionStatus.Success, withList.Status);
        // Two addresses and two keys cost 2*2400 + 2*1900 intrinsic; the listed slot saves the cold SLOAD's 2000 (EIP-2929;
        // without the list the SLOAD warms it before the SSTORE).
        Assert.Equal(withoutList.GasUsed + 2 * 2_400 + 2 * 1_900 - 2_000, withList.GasUsed);
        Assert.Equal((UInt256)3, _native.GetStorage(Counter, 0));
    }

    [NativeTheory]
    [InlineData((int)Revision.Cancun)]
    [InlineData((int)Revision.Prague)]
    public void BlobTransactionSeesItsHashesAndTheBlockBlobBaseFee(int revisionNumber)
    {
        var revision = (Revision)revisionNumber;
        var hash = Hash256.Parse("0x01" + new string('a', 62));
        var transaction = new Transaction
        {
            Type = TransactionType.Blob, Sender = Sender, Nonce = 0, GasLimit = 100_000, MaxFeePerGas = 10, MaxPriorityFeePerGas = 1,
            To = BlobReader, MaxFeePerBlobGas = 1_000, BlobVersionedHashes = [hash, Hash256.Parse("0x01" + new string('b', 62))],
        };
        var outcome = RunBoth(transaction, revision);

        Assert.Equal(ExecutionStatus.Success, outcome.Status);
        Assert.Equal(UInt256.FromBigEndian(hash.Bytes), _native.GetStorage(BlobReader, 0));
        var blobBaseFee = Block(revision).BlobBaseFee;
        Assert.True(blobBaseFee > UInt256.One);  // the block's excess blob gas reached the engine
        Assert.Equal(blobBaseFee, _native.GetStorage(BlobReader, 1));
        // The blob gas is paid on top of execution: 2 blobs * 131072 blob gas at the blob base fee.
        var spent = UInt256.Parse("1000000000000000000") - _native.GetBalance(Sender);
        Assert.Equal(new UInt256((ulong)outcome.GasUsed) * 8 + blobBaseFee * (2 * 131_072), spent);
    }

    [NativeFact]
    public void BlobTransactionBelowTheBlobBaseFeeIsInvalidOnBothEngines()
    {
        var transaction = new Transaction
        {
            Type = TransactionType.Blob, Sender = Sender, Nonce = 0, GasLimit = 100_000, MaxFeePerGas = 10, MaxPriorityFeePerGas = 1,
            To = BlobReader, MaxFeePerBlobGas = 1, BlobVersionedHashes = [Hash256.Parse("0x01" + new string('a', 62))],
        };
        var outcome = RunBoth(transaction, Revision.Cancun);
        Assert.Equal(TransactionError.InsufficientMaxFeePerBlobGas, outcome.Error);
    }

    [NativeFact]
    public void SetCodeTransactionDelegatesWithAGivenSignerAndARecoveredOne()
    {
        var given = new Authorization { ChainId = 1, Address = Counter, Nonce = 0, YParity = 1, R = 1, S = 1, Signer = Authority };
        Transaction With(Authorization recovered) => new()
        {
            Type = TransactionType.SetCode, Sender = Sender, Nonce = 0, GasLimit = 200_000, MaxFeePerGas = 10, MaxPriorityFeePerGas = 1,
            To = Authority, AuthorizationList = [given, recovered],
        };
        // The managed processor gets the fixture's signer; the library gets none and must recover the same one.
        var outcome = RunBoth(With(FixtureTuple with { Signer = FixtureSigner }), With(FixtureTuple), Revision.Prague);

        Assert.Equal(ExecutionStatus.Success, outcome.Status);
        Assert.Equal(Delegation.Designator(Counter), _native.GetCode(Authority));
        Assert.Equal(Delegation.Designator(FixtureTuple.Address), _native.GetCode(FixtureSigner));
        Assert.Equal(1UL, _native.GetNonce(FixtureSigner));
        Assert.Equal((UInt256)1, _native.GetStorage(Authority, 0));  // the counter's code ran in the authority's storage
    }

    [NativeFact]
    public void AuthorizationSignedForAnotherTupleIsSkipped()
    {
        // Signed over nonce 0: with nonce 1 it recovers some other key, whose nonce (0) does not match, or none at all.
        var forged = FixtureTuple with { Nonce = 1 };
        var transaction = new Transaction
        {
            Type = TransactionType.SetCode, Sender = Sender, Nonce = 0, GasLimit = 200_000, MaxFeePerGas = 10, MaxPriorityFeePerGas = 1,
            To = Counter, AuthorizationList = [forged],
        };
        var outcome = RunBoth(transaction, Revision.Prague);

        Assert.Equal(ExecutionStatus.Success, outcome.Status);
        Assert.Empty(_native.GetCode(FixtureSigner));
    }
}
