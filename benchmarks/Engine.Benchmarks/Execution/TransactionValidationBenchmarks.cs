using BenchmarkDotNet.Attributes;
using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Benchmarks.Execution;

/// <summary>
/// Per-transaction admission cost: intrinsic gas over typical and maximal calldata (the zero-byte
/// count is the only loop), full validation of a plain call and of a six-blob transaction, and the
/// fee split a processor computes once per transaction.
/// </summary>
[MemoryDiagnoser]
public class TransactionValidationBenchmarks
{
    private static readonly Address Sender = Address.Parse("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
    private static readonly Address Recipient = Address.Parse("0x1000000000000000000000000000000000000000");

    private Transaction _call = null!, _bigCall = null!, _blob = null!;
    private BlockEnvironment _block = null!;
    private SenderAccount _sender;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var data = new byte[1024];
        random.NextBytes(data);
        data.AsSpan(0, 256).Clear();
        var bigData = new byte[128 * 1024];
        random.NextBytes(bigData);

        _call = new Transaction { Type = TransactionType.DynamicFee, Sender = Sender, To = Recipient, GasLimit = 100_000, MaxFeePerGas = 100, MaxPriorityFeePerGas = 2, Data = data };
        _bigCall = new Transaction { Sender = Sender, To = Recipient, GasLimit = 3_000_000, GasPrice = 100, Data = bigData };
        var hashBytes = new byte[32];
        hashBytes[0] = BlobGas.VersionedHashVersionKzg;
        _blob = new Transaction
        {
            Type = TransactionType.Blob, Sender = Sender, To = Recipient, GasLimit = 100_000, MaxFeePerGas = 100, MaxPriorityFeePerGas = 2,
            MaxFeePerBlobGas = 10, BlobVersionedHashes = Enumerable.Repeat(new Hash256(hashBytes), 6).ToArray(),
        };
        _block = new BlockEnvironment { GasLimit = 30_000_000, BaseFee = 7, ExcessBlobGas = 0x360000, BlobSchedule = BlobSchedule.Prague };
        _sender = new SenderAccount(0, UInt256.Parse("1000000000000000000"), default);
    }

    [Benchmark]
    public long IntrinsicGas_1KiB() => IntrinsicGas.Of(_call, Revision.Prague).Required;

    [Benchmark]
    public long IntrinsicGas_128KiB() => IntrinsicGas.Of(_bigCall, Revision.Prague).Required;

    [Benchmark(Baseline = true)]
    public TransactionError Validate_Call() => TransactionValidator.Validate(_call, _sender, _block, Revision.Prague, out _);

    [Benchmark]
    public TransactionError Validate_SixBlobs() => TransactionValidator.Validate(_blob, _sender, _block, Revision.Prague, out _);

    [Benchmark]
    public UInt256 Fees_Call() => TransactionFees.For(_call, _block, Revision.Prague).CoinbaseReward(50_000);
}
