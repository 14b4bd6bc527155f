using System.Text.Json;
using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;
using static Csevm.StateTests.FixtureJson;

namespace Csevm.StateTests;

/// <summary>
/// Turns a fixture file's JSON (format: shared/fixtures/README.md §4) into <see cref="StateTest"/>s.
/// Any problem makes the whole file an error naming the test, section and field; it never throws.
/// </summary>
public static class StateTestParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static StateTestFile Parse(FixtureFile file)
    {
        if (file.Error is not null || file.Content is null)
            return new StateTestFile(file.Name, [], file.Error ?? "no content");
        try
        {
            return new StateTestFile(file.Name, Parse(file.Content), null);
        }
        catch (JsonException e)
        {
            return new StateTestFile(file.Name, [], $"invalid JSON: {e.Message}");
        }
        catch (FormatException e)
        {
            return new StateTestFile(file.Name, [], e.Message);
        }
    }

    /// <summary>Parses a whole file's JSON; throws <see cref="JsonException"/> or <see cref="FormatException"/> on bad input.</summary>
    public static IReadOnlyList<StateTest> Parse(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json, Options);
        var tests = new List<StateTest>();
        foreach (var test in Object(document.RootElement, "file"))
        {
            try { tests.Add(ParseTest(test.Name, test.Value)); }
            catch (FormatException e) { throw FixtureFormatException.At($"test '{test.Name}'", e); }
        }
        return tests;
    }

    private static StateTest ParseTest(string name, JsonElement test)
    {
        var config = Optional(test, "config");
        var chainId = config is { } c ? Section("config", c, cfg => OptionalQuantity(cfg, "chainid")) ?? UInt256.One : UInt256.One;
        return new StateTest
        {
            Name = name,
            Environment = Section("env", Required(test, "env"), ParseEnvironment),
            Pre = Section("pre", Required(test, "pre"), ParseAccounts),
            Transaction = Section("transaction", Required(test, "transaction"), tx => ParseTransaction(tx, chainId)),
            Post = Section("post", Required(test, "post"), ParsePost),
            ChainId = chainId,
            TouchesCoinbaseOnRejection = Optional(test, "_info") is { ValueKind: JsonValueKind.Object } info
                && Optional(info, "filling-tool-version") is { ValueKind: JsonValueKind.String } tool
                && tool.GetString()!.StartsWith("retesteth", StringComparison.Ordinal),
            BlobSchedules = config is { } s ? Section("config", s, ParseBlobSchedules) : new Dictionary<Revision, BlobSchedule>(),
        };
    }

    private static T Section<T>(string name, JsonElement element, Func<JsonElement, T> parse)
    {
        try { return parse(element); }
        catch (FormatException e) { throw FixtureFormatException.At(name, e); }
    }

    private static StateTestEnvironment ParseEnvironment(JsonElement env) => new(
        Address(env, "currentCoinbase"),
        Quantity(env, "currentGasLimit"),
        Quantity(env, "currentNumber"),
        Quantity(env, "currentTimestamp"),
        OptionalQuantity(env, "currentDifficulty") ?? UInt256.Zero,
        OptionalQuantity(env, "currentRandom"),
        OptionalQuantity(env, "currentBaseFee"),
        OptionalQuantity(env, "currentExcessBlobGas"));

    /// <summary>A <c>pre</c> or post <c>state</c> object: address → { nonce, balance, code, storage }.</summary>
    private static Dictionary<Address, Account> ParseAccounts(JsonElement accounts)
    {
        var result = new Dictionary<Address, Account>();
        foreach (var entry in Object(accounts, "accounts"))
        {
            try
            {
                var address = FixtureJson.Address(entry.Name);
                var storage = new Dictionary<UInt256, UInt256>();
                foreach (var slot in Object(Required(entry.Value, "storage"), "storage"))
                {
                    try { storage[Quantity(slot.Name)] = Quantity(slot.Value); }
                    catch (FormatException e) { throw FixtureFormatException.At($"storage[{slot.Name}]", e); }
                }
                var account = new Account(Ulong(entry.Value, "nonce"), Quantity(entry.Value, "balance"), Bytes(entry.Value, "code"), storage);
                if (!result.TryAdd(address, account)) throw new FixtureFormatException("the address appears twice");
            }
            catch (FormatException e) { throw FixtureFormatException.At(entry.Name, e); }
        }
        return result;
    }

    private static TransactionTemplate ParseTransaction(JsonElement tx, UInt256 chainId)
    {
        var to = Text(Required(tx, "to"));
        return new TransactionTemplate
        {
            Nonce = Ulong(tx, "nonce"),
            To = to.Length == 0 ? null : FixtureJson.Address(to),
            Sender = Address(tx, "sender"),
            ChainId = chainId,
            Data = List(tx, "data", data => (ReadOnlyMemory<byte>)Bytes(data)),
            GasLimits = List(tx, "gasLimit", Ulong),
            Values = List(tx, "value", v => TryQuantity(v, out var value) ? value : (UInt256?)null),
            GasPrice = OptionalQuantity(tx, "gasPrice"),
            MaxFeePerGas = OptionalQuantity(tx, "maxFeePerGas"),
            MaxPriorityFeePerGas = OptionalQuantity(tx, "maxPriorityFeePerGas"),
            AccessLists = Optional(tx, "accessLists") is null ? null
                : List(tx, "accessLists", list => list.ValueKind == JsonValueKind.Null ? null : ParseAccessList(list)),
            MaxFeePerBlobGas = OptionalQuantity(tx, "maxFeePerBlobGas"),
            BlobVersionedHashes = Optional(tx, "blobVersionedHashes") is null ? null : List(tx, "blobVersionedHashes", Hash),
            AuthorizationList = Optional(tx, "authorizationList") is null ? null : List(tx, "authorizationList", ParseAuthorization),
        };
    }

    private static List<T> List<T>(JsonElement obj, string name, Func<JsonElement, T> parse)
    {
        var result = new List<T>();
        foreach (var item in FixtureJson.Array(obj, name))
        {
            try { result.Add(parse(item)); }
            catch (FormatException e) { throw FixtureFormatException.At($"{name}[{result.Count}]", e); }
        }
        return result;
    }

    private static IReadOnlyList<AccessListItem> ParseAccessList(JsonElement list)
    {
        if (list.ValueKind != JsonValueKind.Array) throw new FixtureFormatException($"expected an access list (array), got {list.ValueKind}");
        var items = new List<AccessListItem>();
        foreach (var item in list.EnumerateArray())
            items.Add(new AccessListItem(Address(item, "address"), List(item, "storageKeys", Quantity)));
        return items;
    }

    private static Authorization ParseAuthorization(JsonElement tuple) => new()
    {
        ChainId = Quantity(tuple, "chainId"),
        Address = Address(tuple, "address"),
        Nonce = Ulong(tuple, "nonce"),
        YParity = Quantity(tuple, "yParity"),
        R = Quantity(tuple, "r"),
        S = Quantity(tuple, "s"),
        Signer = Optional(tuple, "signer") is { } signer ? FixtureJson.Address(signer) : null,
    };

    private static List<StateTestPost> ParsePost(JsonElement post)
    {
        var results = new List<StateTestPost>();
        foreach (var fork in Object(post, "post"))
        {
            var revision = RevisionNames.TryParse(fork.Name, out var parsed)
                ? parsed
                : throw new FixtureFormatException($"unknown fork '{fork.Name}'");
            foreach (var result in FixtureJson.Array(post, fork.Name))
            {
                try { results.Add(ParseResult(revision, result)); }
                catch (FormatException e) { throw FixtureFormatException.At($"{fork.Name}[{results.Count}]", e); }
            }
        }
        return results;
    }

    private static StateTestPost ParseResult(Revision fork, JsonElement result)
    {
        var indexes = Required(result, "indexes");
        return new StateTestPost
        {
            Fork = fork,
            DataIndex = Index(indexes, "data"),
            GasIndex = Index(indexes, "gas"),
            ValueIndex = Index(indexes, "value"),
            StateRoot = Hash(result, "hash"),
            LogsHash = Hash(result, "logs"),
            TxBytes = Optional(result, "txbytes") is { } bytes ? FixtureJson.Bytes(bytes) : null,
            ExpectException = Optional(result, "expectException") is { } reason ? Text(reason) : null,
            State = Optional(result, "state") is { } state ? Section("state", state, ParseAccounts) : null,
        };
    }

    private static int SmallInt(JsonElement obj, string name)
    {
        ulong value = Ulong(obj, name);
        return value <= int.MaxValue ? (int)value : throw new FixtureFormatException($"{name}: {value} is too large");
    }

    private static Dictionary<Revision, BlobSchedule> ParseBlobSchedules(JsonElement config)
    {
        var schedules = new Dictionary<Revision, BlobSchedule>();
        if (Optional(config, "blobSchedule") is not { } blobSchedule) return schedules;
        foreach (var fork in Object(blobSchedule, "blobSchedule"))
        {
            // A schedule may name forks this engine does not know (future ones); only the known ones can ever be used.
            if (!RevisionNames.TryParse(fork.Name, out var revision)) continue;
            try
            {
                schedules[revision] = new BlobSchedule(
                    SmallInt(fork.Value, "target"), SmallInt(fork.Value, "max"), Ulong(fork.Value, "baseFeeUpdateFraction"));
            }
            catch (FormatException e) { throw FixtureFormatException.At($"blobSchedule.{fork.Name}", e); }
        }
        return schedules;
    }
}
