using System.Text.Json;
using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Tests.Execution.Transactions;

/// <summary>
/// Reads the parts of a state-test fixture (README §4) that transaction validation needs, straight
/// from System.Text.Json elements: the transaction template, the block, the sender's pre-state.
/// </summary>
internal static class FixtureTransactionReader
{
    private const string BigIntPrefix = "0x:bigint ";

    public static TransactionTemplate Template(JsonElement transaction, UInt256 chainId) => new()
    {
        Data = [.. transaction.GetProperty("data").EnumerateArray().Select(d => (ReadOnlyMemory<byte>)Hex.Decode(d.GetString()))],
        GasLimits = [.. transaction.GetProperty("gasLimit").EnumerateArray().Select(g => Ulong(g.GetString()))],
        Values = [.. transaction.GetProperty("value").EnumerateArray().Select(v => QuantityOrOverflow(v.GetString()))],
        Nonce = Ulong(transaction.GetProperty("nonce").GetString()),
        To = transaction.GetProperty("to").GetString() is { Length: > 0 } to ? Address.Parse(to) : null,
        Sender = Address.Parse(transaction.GetProperty("sender").GetString()!),
        ChainId = chainId,
        GasPrice = OptionalQuantity(transaction, "gasPrice"),
        MaxFeePerGas = OptionalQuantity(transaction, "maxFeePerGas"),
        MaxPriorityFeePerGas = OptionalQuantity(transaction, "maxPriorityFeePerGas"),
        MaxFeePerBlobGas = OptionalQuantity(transaction, "maxFeePerBlobGas"),
        AccessLists = transaction.TryGetProperty("accessLists", out var lists)
            ? [.. lists.EnumerateArray().Select(list => list.ValueKind == JsonValueKind.Null ? null : AccessList(list))]
            : null,
        BlobVersionedHashes = transaction.TryGetProperty("blobVersionedHashes", out var hashes)
            ? [.. hashes.EnumerateArray().Select(h => Hash256.Parse(h.GetString()!))]
            : null,
        AuthorizationList = transaction.TryGetProperty("authorizationList", out var authorizations)
            ? [.. authorizations.EnumerateArray().Select(Authorization)]
            : null,
    };

    public static BlockEnvironment Block(JsonElement env, JsonElement? config, Revision revision) => new()
    {
        Coinbase = Address.Parse(env.GetProperty("currentCoinbase").GetString()!),
        Number = (long)Ulong(env.GetProperty("currentNumber").GetString()),
        Timestamp = (long)Ulong(env.GetProperty("currentTimestamp").GetString()),
        GasLimit = (long)Ulong(env.GetProperty("currentGasLimit").GetString()),
        PrevRandao = revision >= Revision.Paris ? OptionalQuantity(env, "currentRandom") ?? default : OptionalQuantity(env, "currentDifficulty") ?? default,
        BaseFee = revision >= Revision.London ? OptionalQuantity(env, "currentBaseFee") ?? default : default,
        ExcessBlobGas = revision >= Revision.Cancun && OptionalQuantity(env, "currentExcessBlobGas") is { } excess ? (ulong)excess : 0,
        BlobSchedule = BlobScheduleFor(config, revision),
        ChainId = ChainId(config),
    };

    public static UInt256 ChainId(JsonElement? config) =>
        config is { } c && c.TryGetProperty("chainid", out var id) ? UInt256.Parse(id.GetString()!) : UInt256.One;

    /// <summary>The sender's account in <c>pre</c>, or an empty account when it is not there.</summary>
    public static SenderAccount Sender(JsonElement pre, Address sender)
    {
        foreach (var account in pre.EnumerateObject())
        {
            if (Address.Parse(account.Name) != sender) continue;
            var fields = account.Value;
            return new SenderAccount(
                Ulong(fields.GetProperty("nonce").GetString()),
                UInt256.Parse(fields.GetProperty("balance").GetString()!),
                Hex.Decode(fields.GetProperty("code").GetString()));
        }
        return new SenderAccount(0, UInt256.Zero, default);
    }

    private static BlobSchedule BlobScheduleFor(JsonElement? config, Revision revision)
    {
        if (config is { } c && c.TryGetProperty("blobSchedule", out var schedules)
            && schedules.TryGetProperty(RevisionNames.FixtureName(revision), out var schedule))
        {
            return new BlobSchedule(
                (int)Ulong(schedule.GetProperty("target").GetString()),
                (int)Ulong(schedule.GetProperty("max").GetString()),
                Ulong(schedule.GetProperty("baseFeeUpdateFraction").GetString()));
        }
        return BlobSchedule.For(revision);
    }

    private static AccessListItem[] AccessList(JsonElement list) =>
        [.. list.EnumerateArray().Select(item => new AccessListItem(
            Address.Parse(item.GetProperty("address").GetString()!),
            [.. item.GetProperty("storageKeys").EnumerateArray().Select(k => UInt256.Parse(k.GetString()!))]))];

    private static Authorization Authorization(JsonElement tuple) => new()
    {
        ChainId = UInt256.Parse(tuple.GetProperty("chainId").GetString()!),
        Address = Address.Parse(tuple.GetProperty("address").GetString()!),
        Nonce = Ulong(tuple.GetProperty("nonce").GetString()),
        YParity = UInt256.Parse(tuple.GetProperty("yParity").GetString()!),
        R = UInt256.Parse(tuple.GetProperty("r").GetString()!),
        S = UInt256.Parse(tuple.GetProperty("s").GetString()!),
        Signer = tuple.TryGetProperty("signer", out var signer) ? Address.Parse(signer.GetString()!) : null,
    };

    private static UInt256? OptionalQuantity(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? UInt256.Parse(value.GetString()!) : null;

    /// <summary>A quantity, or null for the fixtures' <c>0x:bigint …</c> values that exceed 256 bits.</summary>
    private static UInt256? QuantityOrOverflow(string? text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith(BigIntPrefix, StringComparison.Ordinal)) return UInt256.Parse(text);
        return UInt256.TryParse(text[BigIntPrefix.Length..], out var value) ? value : null;
    }

    private static ulong Ulong(string? text)
    {
        var value = UInt256.Parse(text!);
        return value.IsUlong ? value.U0 : throw new FormatException($"'{text}' does not fit 64 bits");
    }
}
