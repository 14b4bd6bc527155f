using System.Text;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Primitives.Rlp;

namespace Csevm.Tests.Primitives;

public class RlpEncodingTests
{
    private static string Encoded(Action<RlpWriter> write)
    {
        var writer = new RlpWriter(initialCapacity: 1);
        write(writer);
        return Hex.Encode(writer.Written, prefix: false);
    }

    [Theory]
    [InlineData("", "80")]
    [InlineData("dog", "83646f67")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipisicing eli", "b74c6f72656d20697073756d20646f6c6f722073697420616d65742c20636f6e7365637465747572206164697069736963696e6720656c69")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipisicing elit", "b8384c6f72656d20697073756d20646f6c6f722073697420616d65742c20636f6e7365637465747572206164697069736963696e6720656c6974")]
    public void WriteBytes_OfAsciiText_MatchesSpecExamples(string text, string expected) =>
        Assert.Equal(expected, Encoded(w => w.WriteBytes(Encoding.ASCII.GetBytes(text))));

    [Theory]
    [InlineData("00", "00")]
    [InlineData("7f", "7f")]
    [InlineData("80", "8180")]
    [InlineData("0000", "820000")]
    public void WriteBytes_SingleBytesBelow0x80_AreTheirOwnEncoding(string bytes, string expected) =>
        Assert.Equal(expected, Encoded(w => w.WriteBytes(Hex.Decode(bytes))));

    [Fact]
    public void WriteBytes_Of1024Bytes_UsesTwoLengthBytes()
    {
        var value = new byte[1024];
        var encoded = Encoded(w => w.WriteBytes(value));
        Assert.StartsWith("b90400", encoded);
        Assert.Equal(2 * (3 + 1024), encoded.Length);
    }

    [Theory]
    [InlineData(0UL, "80")]
    [InlineData(1UL, "01")]
    [InlineData(15UL, "0f")]
    [InlineData(127UL, "7f")]
    [InlineData(128UL, "8180")]
    [InlineData(1024UL, "820400")]
    [InlineData(ulong.MaxValue, "88ffffffffffffffff")]
    public void WriteUlong_IsMinimalBigEndianWithZeroAsEmptyString(ulong value, string expected)
    {
        Assert.Equal(expected, Encoded(w => w.WriteUlong(value)));
        Assert.Equal(expected, Encoded(w => w.WriteUInt256(value)));
        Assert.Equal(expected.Length / 2, RlpEncoding.LengthOfUlong(value));
    }

    [Fact]
    public void WriteUInt256_OfLargeValues_DropsOnlyLeadingZeros()
    {
        Assert.Equal("a0" + new string('f', 64), Encoded(w => w.WriteUInt256(UInt256.MaxValue)));
        Assert.Equal("89010000000000000000", Encoded(w => w.WriteUInt256(new UInt256(0, 1))));
        Assert.Equal(10, RlpEncoding.LengthOfUInt256(new UInt256(0, 1)));
    }

    [Fact]
    public void WriteListHeader_WithKnownPayload_EncodesCatDog() =>
        Assert.Equal("c88363617483646f67", Encoded(w =>
        {
            w.WriteListHeader(8);
            w.WriteBytes("cat"u8);
            w.WriteBytes("dog"u8);
        }));

    [Fact]
    public void StartList_EmptyList_IsC0() =>
        Assert.Equal("c0", Encoded(w => w.EndList(w.StartList())));

    [Fact]
    public void StartList_Nested_EncodesTheSetTheoreticRepresentationOfThree() =>
        // [ [], [[]], [ [], [[]] ] ]
        Assert.Equal("c7c0c1c0c3c0c1c0", Encoded(w =>
        {
            var three = w.StartList();
            w.EndList(w.StartList());
            var one = w.StartList();
            w.EndList(w.StartList());
            w.EndList(one);
            var two = w.StartList();
            w.EndList(w.StartList());
            var inner = w.StartList();
            w.EndList(w.StartList());
            w.EndList(inner);
            w.EndList(two);
            w.EndList(three);
        }));

    [Fact]
    public void EndList_WithLongPayload_InsertsLongHeaderBeforeItems()
    {
        var encoded = Encoded(w =>
        {
            var list = w.StartList();
            for (int i = 0; i < 20; i++) w.WriteBytes("dog"u8);
            w.EndList(list);
        });
        Assert.Equal("f850" + string.Concat(Enumerable.Repeat("83646f67", 20)), encoded);
    }

    [Fact]
    public void EndList_AfterClear_ThrowsInvalidOperation()
    {
        var writer = new RlpWriter();
        writer.WriteBytes("dog"u8);
        var list = writer.StartList();
        writer.Clear();
        Assert.Throws<InvalidOperationException>(() => writer.EndList(list));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(55)]
    [InlineData(56)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(70000)]
    public void LengthOfList_MatchesHeaderWritten(int payloadLength)
    {
        var header = new byte[9];
        Assert.Equal(RlpEncoding.HeaderLength(payloadLength), RlpEncoding.WriteListHeader(header, payloadLength));
        Assert.Equal(RlpEncoding.HeaderLength(payloadLength) + payloadLength, RlpEncoding.LengthOfList(payloadLength));
    }
}
