using System.Text;
using System.Text.Json;
using Csevm.Execution.Transactions;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.Tests.Fixtures;
using Xunit.Abstractions;

namespace Csevm.Tests.Execution.Transactions;

/// <summary>
/// Every vector of the shared state-test fixtures, read with System.Text.Json, checked twice:
/// <list type="bullet">
/// <item>Validation: a vector with <c>expectException</c> must be rejected, one without must pass.
/// The EEST sets must also agree on the reason. The classic sets were named by an older geth,
/// which calls a Cancun transaction with 7 blobs "blob count exceeded" where the specification
/// (and this validator) first finds the block's blob gas exceeded; their reasons are tallied,
/// not required.</item>
/// <item>The bridge: the transaction <see cref="TransactionTemplate"/> builds must be the one the
/// vector's signed <c>txbytes</c> decode to, field by field.</item>
/// </list>
/// </summary>
public class FixtureTransactionTests(ITestOutputHelper output)
{
    private sealed class Tally(bool reasonMustMatch)
    {
        public readonly bool ReasonMustMatch = reasonMustMatch;
        public int Invalid, RejectedAsNamed, RejectedOtherwise, WronglyAccepted;
        public int Valid, Accepted, WronglyRejected;
        public int TxBytesCompared, TxBytesDiffer;
        /// <summary>Vectors that fail the test (the first 40, for the message).</summary>
        public readonly List<string> Failures = [];
        /// <summary>Rejected for a reason the fixture does not name, where reasons need not match.</summary>
        public readonly List<string> OtherReasons = [];

        public void Fail(string line)
        {
            if (Failures.Count < 40) Failures.Add(line);
        }
    }

    [Theory]
    [InlineData("state_tests/eest/state_tests", true)]
    [InlineData("state_tests/eest/state_tests/static.tar.gz", true)]
    [InlineData("state_tests/ethereum-tests/GeneralStateTests", false)]
    [InlineData("state_tests/legacytests/Cancun/GeneralStateTests.tar.gz", false)]
    public void EveryVector_ValidatesAsExpectedAndBuildsTheTransactionItsTxBytesEncode(string set, bool reasonMustMatch)
    {
        var tally = new Tally(reasonMustMatch);
        foreach (var (name, json) in FixtureFiles.Read(FixturePaths.Of(set)))
        {
            using var document = JsonDocument.Parse(json);
            foreach (var test in document.RootElement.EnumerateObject())
                Check(name + "::" + test.Name, test.Value, tally);
        }

        output.WriteLine($"{set}: expectException {tally.Invalid} (rejected for the named reason {tally.RejectedAsNamed}, " +
            $"for another reason {tally.RejectedOtherwise}, accepted {tally.WronglyAccepted}); " +
            $"valid {tally.Valid} (accepted {tally.Accepted}, rejected {tally.WronglyRejected}); " +
            $"txbytes compared {tally.TxBytesCompared}, differ {tally.TxBytesDiffer}");
        foreach (var line in tally.OtherReasons.Concat(tally.Failures)) output.WriteLine(line);

        Assert.True(tally.Invalid + tally.Valid > 0, "no vectors found under " + set);
        Assert.True(tally.Failures.Count == 0, string.Join('\n', tally.Failures));
    }

    private static void Check(string name, JsonElement test, Tally tally)
    {
        JsonElement? config = test.TryGetProperty("config", out var c) ? c : null;
        var template = FixtureTransactionReader.Template(test.GetProperty("transaction"), FixtureTransactionReader.ChainId(config));
        var sender = FixtureTransactionReader.Sender(test.GetProperty("pre"), template.Sender);

        foreach (var fork in test.GetProperty("post").EnumerateObject())
        {
            var revision = RevisionNames.Parse(fork.Name);
            var block = FixtureTransactionReader.Block(test.GetProperty("env"), config, revision);
            foreach (var result in fork.Value.EnumerateArray())
            {
                var indexes = result.GetProperty("indexes");
                int d = indexes.GetProperty("data").GetInt32(), g = indexes.GetProperty("gas").GetInt32(), v = indexes.GetProperty("value").GetInt32();
                string vector = $"{name} {fork.Name} d={d} g={g} v={v}";
                bool built = template.TryBuild(d, g, v, out var transaction, out var buildError);
                var error = built ? TransactionValidator.Validate(transaction!, sender, block, revision, out _) : buildError;

                CheckValidation(vector, result, error, tally);
                if (result.TryGetProperty("txbytes", out var txBytes))
                    CheckTxBytes(vector, built ? Describe(transaction!) : "invalid: " + buildError, Hex.Decode(txBytes.GetString()), template.Sender, tally);
            }
        }
    }

    private static void CheckValidation(string vector, JsonElement result, TransactionError error, Tally tally)
    {
        if (!result.TryGetProperty("expectException", out var expectedElement))
        {
            tally.Valid++;
            if (error == TransactionError.None) tally.Accepted++;
            else
            {
                tally.WronglyRejected++;
                tally.Fail($"{vector}: valid, got {TransactionErrorNames.FixtureName(error)}");
            }
            return;
        }

        tally.Invalid++;
        var expected = expectedElement.GetString()!;
        if (TransactionErrorNames.Matches(error, expected)) tally.RejectedAsNamed++;
        else if (error == TransactionError.None)
        {
            tally.WronglyAccepted++;
            tally.Fail($"{vector}: expected {expected}, got valid");
        }
        else
        {
            tally.RejectedOtherwise++;
            var line = $"{vector}: expected {expected}, got {TransactionErrorNames.FixtureName(error)}";
            if (tally.ReasonMustMatch) tally.Fail(line);
            else tally.OtherReasons.Add(line);
        }
    }

    private static void CheckTxBytes(string vector, string fromTemplate, byte[] txBytes, Address sender, Tally tally)
    {
        tally.TxBytesCompared++;
        var fromBytes = TransactionDecoder.TryDecode(txBytes, sender, out var decoded, out var decodeError)
            ? Describe(decoded) : "invalid: " + decodeError;
        if (fromTemplate == fromBytes) return;
        tally.TxBytesDiffer++;
        tally.Fail($"{vector}\n  template: {fromTemplate}\n  txbytes:  {fromBytes}");
    }

    /// <summary>Every field a transaction of this type carries (the legacy chain id depends on how it was signed, so it is left out).</summary>
    private static string Describe(Transaction tx)
    {
        var text = new StringBuilder();
        text.Append($"type {tx.Type} nonce {tx.Nonce} gas {tx.GasLimit} to {tx.To?.ToString() ?? "create"} value {tx.Value} data {Hex.Encode(tx.Data.Span)}");
        if (tx.Type != TransactionType.Legacy) text.Append($" chain {tx.ChainId}");
        if (tx.HasFeeCaps) text.Append($" maxFee {tx.MaxFeePerGas} tip {tx.MaxPriorityFeePerGas}");
        else text.Append($" price {tx.GasPrice}");
        foreach (var item in tx.AccessList)
            text.Append($" access {item.Address}[{string.Join(',', item.StorageKeys)}]");
        if (tx.Type == TransactionType.Blob)
            text.Append($" blobFee {tx.MaxFeePerBlobGas} blobs [{string.Join(',', tx.BlobVersionedHashes)}]");
        foreach (var a in tx.AuthorizationList)
            text.Append($" auth {a.ChainId}/{a.Address}/{a.Nonce}/{a.YParity}/{a.R}/{a.S}");
        return text.ToString();
    }
}
