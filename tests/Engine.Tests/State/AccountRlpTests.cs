using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Primitives.Rlp;
using Csevm.State.Trie;

namespace Csevm.Tests.State;

public class AccountRlpTests
{
    [Fact]
    public void Encode_OfEmptyAccount_IsListOfTwoZerosAndTheEmptyRoots() =>
        Assert.Equal(
            "f8448080a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
            Hex.Encode(AccountRlp.Encode(0, UInt256.Zero, TrieRoot.Empty, Keccak256.OfEmpty), prefix: false));

    /// <summary>An account value from hex_encoded_securetrie_test.json: nonce 1, balance 0x05f446a7, empty storage and code.</summary>
    [Fact]
    public void Encode_MatchesAccountFromTrieFixture()
    {
        const string fromFixture = "f848018405f446a7a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";
        var encoded = AccountRlp.Encode(1, new UInt256(0x05f446a7), TrieRoot.Empty, Keccak256.OfEmpty);
        Assert.Equal(fromFixture, Hex.Encode(encoded, prefix: false));
        Assert.Equal(encoded.Length, AccountRlp.Length(1, new UInt256(0x05f446a7)));
    }

    [Fact]
    public void Encode_DecodesBackToItsFields()
    {
        var balance = UInt256.Parse("0x0de0b6b3a7640000ffffffffffffffff");
        var storageRoot = Keccak256.Hash("storage"u8);
        var codeHash = Keccak256.Hash("code"u8);
        var reader = new RlpReader(AccountRlp.Encode(ulong.MaxValue, balance, storageRoot, codeHash));
        var fields = reader.EnterList();
        reader.ExpectEnd();
        Assert.Equal(ulong.MaxValue, fields.ReadUlong());
        Assert.Equal(balance, fields.ReadUInt256());
        Assert.Equal(storageRoot, new Hash256(fields.ReadBytes()));
        Assert.Equal(codeHash, new Hash256(fields.ReadBytes()));
        fields.ExpectEnd();
    }
}
