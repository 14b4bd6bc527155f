using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.StateTests;
using Csevm.Tests.Fixtures;

namespace Csevm.Tests.StateTests;

public sealed class StateTestLoaderTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("csevm-loader-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private const string ValidTest = """
        {
          "example": {
            "_info": { "comment": "ignored" },
            "env": {
              "currentCoinbase": "0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba",
              "currentGasLimit": "0x07270e00", "currentNumber": "0x01", "currentTimestamp": "0x03e8",
              "currentRandom": "0x0000000000000000000000000000000000000000000000000000000000000000",
              "currentDifficulty": "0x00", "currentBaseFee": "0x07", "currentExcessBlobGas": "0x00"
            },
            "pre": {
              "0x1000000000000000000000000000000000000000": {
                "nonce": "0x01", "balance": "0x0de0b6b3a7640000", "code": "0x600160005500",
                "storage": { "0x00": "0x01", "0x01": "0x00" }
              }
            },
            "transaction": {
              "nonce": "0x00", "gasPrice": "0x0a", "gasLimit": ["0x0186a0", "0x5208"], "to": "",
              "value": ["0x00", "0x:bigint 0x10000000000000000000000000000000000000000000000000000000000000001"],
              "data": ["0x", "0x6001"], "accessLists": [null, [{ "address": "0x1000000000000000000000000000000000000000", "storageKeys": ["0x01"] }]],
              "sender": "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b",
              "secretKey": "0x45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8"
            },
            "post": {
              "Cancun": [{
                "hash": "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421",
                "logs": "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347",
                "indexes": { "data": 1, "gas": 0, "value": 1 }, "txbytes": "0x00",
                "expectException": "TransactionException.RLP_INVALID_VALUE"
              }],
              "EIP158": [{
                "hash": "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421",
                "logs": "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347",
                "indexes": { "data": 0, "gas": 1, "value": 0 }
              }]
            },
            "config": { "chainid": "0x01", "blobSchedule": { "Cancun": { "target": "0x03", "max": "0x06", "baseFeeUpdateFraction": "0x32f0ed" } } }
          }
        }
        """;

    private string Write(string name, string content)
    {
        var path = Path.Combine(_temp, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static StateTestFile LoadOne(string path) => Assert.Single(StateTestLoader.Load(path));

    [Fact]
    public void Parser_ReadsEveryFieldOfAValidTest()
    {
        var file = LoadOne(Write("valid.json", ValidTest));
        Assert.Null(file.Error);
        var test = Assert.Single(file.Tests);
        Assert.Equal("example", test.Name);
        Assert.Equal(Address.Parse("0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba"), test.Environment.Coinbase);
        Assert.Equal(new UInt256(0x07270e00), test.Environment.GasLimit);
        Assert.Equal(new UInt256(7), test.Environment.BaseFee);

        var account = test.Pre[Address.Parse("0x1000000000000000000000000000000000000000")];
        Assert.Equal(1UL, account.Nonce);
        Assert.Equal(new UInt256(1_000_000_000_000_000_000), account.Balance);
        Assert.Equal(Hex.Decode("0x600160005500"), account.Code);
        Assert.Equal(Keccak256.Hash(account.Code), account.CodeHash);
        Assert.Equal(new UInt256(1), Assert.Single(account.Storage).Value); // the zero slot is dropped

        var tx = test.Transaction;
        Assert.Null(tx.To); // "" means create
        Assert.Equal([100_000UL, 21_000UL], tx.GasLimits);
        Assert.Equal(UInt256.Zero, tx.Values[0]);
        Assert.Null(tx.Values[1]); // wider than 256 bits
        Assert.True(tx.Data[0].IsEmpty);
        Assert.Null(tx.AccessLists![0]);
        Assert.Equal(new UInt256(1), Assert.Single(Assert.Single(tx.AccessLists[1]!).StorageKeys));
        Assert.Equal(new UInt256(10), tx.GasPrice);
        Assert.Null(tx.MaxFeePerGas);

        Assert.Equal(2, test.Post.Count);
        var cancun = test.Post[0];
        Assert.Equal(Revision.Cancun, cancun.Fork);
        Assert.Equal((1, 0, 1), (cancun.DataIndex, cancun.GasIndex, cancun.ValueIndex));
        Assert.Equal("TransactionException.RLP_INVALID_VALUE", cancun.ExpectException);
        Assert.Equal(Revision.SpuriousDragon, test.Post[1].Fork); // the fixture alias EIP158
        Assert.Null(test.Post[1].TxBytes);
        Assert.Equal(3338477UL, test.BlobSchedules[Revision.Cancun].BaseFeeUpdateFraction);
    }

    [Theory]
    [InlineData("truncated", "invalid JSON")]
    [InlineData("unknownFork", "unknown fork 'Atlantis'")]
    [InlineData("badHex", "pre: 0x1000000000000000000000000000000000000000: balance:")]
    [InlineData("badAddress", "env: currentCoinbase:")]
    [InlineData("missingField", "missing field 'currentNumber'")]
    [InlineData("wrongType", "gasLimit: expected an array")]
    public void Parser_BadFile_GivesAClearErrorNamingTheTestAndField(string variant, string expected)
    {
        string content = variant switch
        {
            "truncated" => ValidTest[..(ValidTest.Length / 2)],
            "unknownFork" => ValidTest.Replace("\"EIP158\"", "\"Atlantis\""),
            "badHex" => ValidTest.Replace("0x0de0b6b3a7640000", "0x0de0b6zz"),
            "badAddress" => ValidTest.Replace("0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba", "0x2adc"),
            "missingField" => ValidTest.Replace("\"currentNumber\": \"0x01\",", ""),
            "wrongType" => ValidTest.Replace("\"gasLimit\": [\"0x0186a0\", \"0x5208\"]", "\"gasLimit\": \"0x0186a0\""),
            _ => throw new ArgumentException(variant),
        };
        var file = LoadOne(Write($"{variant}.json", content));
        Assert.False(file.IsValid);
        Assert.Empty(file.Tests);
        Assert.Contains(expected, file.Error);
        if (variant != "truncated") Assert.StartsWith("test 'example'", file.Error);
    }

    [Fact]
    public void Loader_Directory_ReportsBadFilesAndGoesOn()
    {
        Write("a/good.json", ValidTest);
        Write("b/bad.json", "{ \"x\": ");
        Write("c/good.json", ValidTest);
        Write("c/notes.txt", "not a fixture");
        var files = StateTestLoader.Load(_temp).ToList();
        Assert.Equal(3, files.Count);
        Assert.Equal([true, false, true], files.Select(f => f.IsValid));
        Assert.EndsWith(Path.Combine("b", "bad.json"), files[1].Name);
    }

    [Fact]
    public void Loader_MissingPath_IsAnErrorNotAnException()
    {
        var file = LoadOne(Path.Combine(_temp, "nope.json"));
        Assert.Contains("cannot read", file.Error);
    }

    [Fact]
    public void Loader_TarGz_ReadsMembersInPlace()
    {
        var archive = Path.Combine(_temp, "set.tar.gz");
        using (var output = File.Create(archive))
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
        {
            AddMember(tar, "set/one.json", ValidTest);
            AddMember(tar, "set/readme.md", "skip me");
            AddMember(tar, "set/two.json", "[1, 2");
        }
        var files = StateTestLoader.Load(archive).ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal(archive + "!/set/one.json", files[0].Name);
        Assert.True(files[0].IsValid);
        Assert.Contains("invalid JSON", files[1].Error);
    }

    [Fact]
    public void Loader_TruncatedTarGz_ReportsTheDamageOnce()
    {
        var source = FixturePaths.Of("state_tests/eest/state_tests/static.tar.gz");
        var bytes = File.ReadAllBytes(source);
        var archive = Path.Combine(_temp, "cut.tar.gz");
        File.WriteAllBytes(archive, bytes[..(bytes.Length / 100)]);
        var files = StateTestLoader.Load(archive).ToList();
        Assert.True(files.Count > 1);
        Assert.Contains("archive is damaged", files[^1].Error);
        Assert.All(files[..^1], f => Assert.True(f.IsValid, f.Error));
    }

    [Fact]
    public void Loader_EestCancunDirectory_LoadsEveryTest()
    {
        var files = StateTestLoader.Load(FixturePaths.Of("state_tests/eest/state_tests/cancun")).ToList();
        Assert.All(files, f => Assert.True(f.IsValid, $"{f.Name}: {f.Error}"));
        // Counted independently (python json over the same files): 53 files, 2418 tests, one vector each.
        Assert.Equal(53, files.Count);
        Assert.Equal(2418, files.Sum(f => f.Tests.Count));
        Assert.Equal(2418, files.Sum(f => f.VectorCount));
        Assert.All(files.SelectMany(f => f.Tests), t => Assert.Single(t.Post));
    }

    [Fact]
    public void Loader_EestStaticArchive_FirstMembersParse()
    {
        var files = StateTestLoader.Load(FixturePaths.Of("state_tests/eest/state_tests/static.tar.gz")).Take(25).ToList();
        Assert.Equal(25, files.Count);
        Assert.All(files, f => Assert.True(f.IsValid, $"{f.Name}: {f.Error}"));
        Assert.All(files, f => Assert.Contains(".tar.gz!/static/state_tests/", f.Name));
        Assert.All(files.SelectMany(f => f.Tests).SelectMany(t => t.Post), p => Assert.NotNull(p.State));
    }

    private static void AddMember(TarWriter tar, string name, string content)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) };
        tar.WriteEntry(entry);
    }
}
