using System.Numerics;
using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Execution.Transactions;

/// <summary>EIP-4844 blob gas: the fixed gas per blob and the blob base fee curve.</summary>
public static class BlobGas
{
    /// <summary>Blob gas one blob uses (GAS_PER_BLOB = 2^17).</summary>
    public const ulong PerBlob = 131_072;

    /// <summary>The blob base fee when there is no excess (MIN_BASE_FEE_PER_BLOB_GAS).</summary>
    public const ulong MinBaseFee = 1;

    /// <summary>First byte of every valid blob versioned hash (VERSIONED_HASH_VERSION_KZG).</summary>
    public const byte VersionedHashVersionKzg = 0x01;

    /// <summary>EIP-7594 (Osaka) caps blobs per transaction below the block maximum.</summary>
    public const int MaxBlobsPerTransactionFromOsaka = 6;

    /// <summary>Blob gas a transaction with <paramref name="blobCount"/> blobs uses.</summary>
    public static ulong ForBlobs(int blobCount) => (ulong)blobCount * PerBlob;

    /// <summary>Most blobs one transaction may carry under <paramref name="revision"/> with <paramref name="schedule"/>.</summary>
    public static int MaxBlobsPerTransaction(Revision revision, BlobSchedule schedule) =>
        revision >= Revision.Osaka ? Math.Min(MaxBlobsPerTransactionFromOsaka, schedule.Max) : schedule.Max;

    /// <summary>The blob base fee: fake_exponential(MIN_BASE_FEE_PER_BLOB_GAS, excess blob gas, update fraction).</summary>
    public static UInt256 BaseFee(ulong excessBlobGas, BlobSchedule schedule) =>
        FakeExponential(MinBaseFee, excessBlobGas, schedule.BaseFeeUpdateFraction);

    /// <summary>
    /// EIP-4844's integer approximation of factor * e^(numerator / denominator), term by term
    /// exactly as the EIP writes it. Runs once per block, so it uses unbounded integers. A result
    /// that would not fit 256 bits saturates at <see cref="UInt256.MaxValue"/> (no fee cap can
    /// exceed it, and stopping early keeps absurd excess values from looping for ages).
    /// </summary>
    public static UInt256 FakeExponential(in UInt256 factor, in UInt256 numerator, in UInt256 denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("fake_exponential needs a non-zero denominator");
        var n = numerator.ToBigInteger();
        var d = denominator.ToBigInteger();
        var saturation = UInt256.MaxValue.ToBigInteger() * d;
        BigInteger output = 0;
        var accumulator = factor.ToBigInteger() * d;
        for (int i = 1; accumulator > 0; i++)
        {
            output += accumulator;
            if (output > saturation) return UInt256.MaxValue;
            accumulator = accumulator * n / (d * i);
        }
        return UInt256.FromBigInteger(output / d);
    }
}
