using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Primitives.Rlp;

namespace Csevm.Tests.Primitives;

public class RlpReaderTests
{
    [Fact]
    public void ReadBytes_ReadsCatDogListItems()
    {
        var reader = new RlpReader(Hex.Decode("c88363617483646f67"));
        Assert.True(reader.NextIsList);
        var list = reader.EnterList();
        reader.ExpectEnd();
        Assert.Equal("cat"u8.ToArray(), list.ReadBytes().ToArray());
        Assert.Equal("dog"u8.ToArray(), list.ReadBytes().ToArray());
        list.ExpectEnd();
    }

    [Theory]
    [InlineData("80", "")]
    [InlineData("00", "00")]
    [InlineData("7f", "7f")]
    [InlineData("8180", "80")]
    [InlineData("83646f67", "646f67")]
    public void ReadBytes_ReturnsThePayload(string encoded, string expected)
    {
        var reader = new RlpReader(Hex.Decode(encoded));
        Assert.Equal(expected, Hex.Encode(reader.ReadBytes(), prefix: false));
        reader.ExpectEnd();
    }

    [Fact]
    public void ReadBytes_Of56ByteString_ReadsLongForm()
    {
        var text = "Lorem ipsum dolor sit amet, consectetur adipisicing elit"u8.ToArray();
        var writer = new RlpWriter();
        writer.WriteBytes(text);
        var reader = new RlpReader(writer.Written);
        Assert.Equal(text, reader.ReadBytes().ToArray());
    }

    [Theory]
    [InlineData("80", 0UL)]
    [InlineData("0f", 15UL)]
    [InlineData("820400", 1024UL)]
    [InlineData("88ffffffffffffffff", ulong.MaxValue)]
    public void ReadUlong_ReadsMinimalBigEndian(string encoded, ulong expected)
    {
        Assert.Equal(expected, new RlpReader(Hex.Decode(encoded)).ReadUlong());
        Assert.Equal(new UInt256(expected), new RlpReader(Hex.Decode(encoded)).ReadUInt256());
    }

    [Fact]
    public void ReadUInt256_ReadsFullWidthValue() =>
        Assert.Equal(UInt256.MaxValue, new RlpReader(Hex.Decode("a0" + new string('f', 64))).ReadUInt256());

    [Fact]
    public void EnterList_WalksTheSetTheoreticRepresentationOfThree()
    {
        var reader = new RlpReader(Hex.Decode("c7c0c1c0c3c0c1c0"));
        var three = reader.EnterList();
        Assert.False(three.EnterList().HasMore);
        var one = three.EnterList();
        Assert.False(one.EnterList().HasMore);
        one.ExpectEnd();
        var two = three.EnterList();
        Assert.False(two.EnterList().HasMore);
        Assert.Equal("c1c0", Hex.Encode(two.ReadEncodedItem(), prefix: false));
        two.ExpectEnd();
        three.ExpectEnd();
    }

    [Fact]
    public void Reader_RoundTripsRandomScalarsAndStrings()
    {
        var random = new Random(3);
        var writer = new RlpWriter();
        var scalars = new List<UInt256>();
        var strings = new List<byte[]>();
        var list = writer.StartList();
        for (int i = 0; i < 500; i++)
        {
            var word = new byte[32];
            random.NextBytes(word);
            var scalar = UInt256.FromBigEndian(word.AsSpan(0, random.Next(33)));
            var text = new byte[random.Next(0, i % 10 == 0 ? 300 : 3)];
            random.NextBytes(text);
            scalars.Add(scalar);
            strings.Add(text);
            writer.WriteUInt256(scalar);
            writer.WriteBytes(text);
        }
        writer.EndList(list);

        var reader = new RlpReader(writer.Written).EnterList();
        for (int i = 0; i < scalars.Count; i++)
        {
            Assert.Equal(scalars[i], reader.ReadUInt256());
            Assert.Equal(strings[i], reader.ReadBytes().ToArray());
        }
        reader.ExpectEnd();
    }

    public static TheoryData<string, string> MalformedBytes => new()
    {
        { "empty input", "" },
        { "single byte below 0x80 wrapped as a string", "8100" },
        { "single byte 0x7f wrapped as a string", "817f" },
        { "string shorter than its header says", "83646f" },
        { "one-byte string with its byte missing", "81" },
        { "long form for a short string", "b803646f67" },
        { "long-form length cut off", "b9" },
        { "long-form length with a leading zero", "b9003800" },
        { "length larger than any input", "bfffffffffffffffff" },
        { "list where a string is expected", "c0" },
    };

    [Theory]
    [MemberData(nameof(MalformedBytes))]
    public void ReadBytes_RejectsMalformedInput(string because, string encoded)
    {
        var exception = Assert.Throws<RlpException>(() => new RlpReader(Hex.Decode(encoded)).ReadBytes());
        Assert.False(string.IsNullOrEmpty(exception.Message), because);
    }

    public static TheoryData<string, string> MalformedLists => new()
    {
        { "list longer than the input", "c583646f67" },
        { "long form for a short list", "f803836f67" },
        { "string where a list is expected", "83646f67" },
    };

    [Theory]
    [MemberData(nameof(MalformedLists))]
    public void EnterList_RejectsMalformedInput(string because, string encoded)
    {
        var exception = Assert.Throws<RlpException>(() => new RlpReader(Hex.Decode(encoded)).EnterList());
        Assert.False(string.IsNullOrEmpty(exception.Message), because);
    }

    [Fact]
    public void ReadBytes_InsideList_RejectsItemRunningPastTheListEnd() =>
        // The list is complete (3 payload bytes) but the string inside claims 3 bytes of its own.
        Assert.Throws<RlpException>(() => new RlpReader(Hex.Decode("c383646f")).EnterList().ReadBytes());

    [Theory]
    [InlineData("820001")]
    [InlineData("00")]
    [InlineData("89010000000000000000")]
    public void ReadUlong_RejectsLeadingZerosAndOversizedScalars(string encoded) =>
        Assert.Throws<RlpException>(() => new RlpReader(Hex.Decode(encoded)).ReadUlong());

    [Fact]
    public void ReadUInt256_RejectsMoreThan32Bytes() =>
        Assert.Throws<RlpException>(() => new RlpReader(Hex.Decode("a101" + new string('0', 64))).ReadUInt256());

    [Fact]
    public void ExpectEnd_RejectsTrailingBytes() =>
        Assert.Throws<RlpException>(() =>
        {
            var reader = new RlpReader(Hex.Decode("8000"));
            reader.ReadBytes();
            reader.ExpectEnd();
        });

    [Fact]
    public void RlpException_IsAFormatException() =>
        Assert.IsAssignableFrom<FormatException>(new RlpException("x"));
}
