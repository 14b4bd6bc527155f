using Csevm.Interpreter.Memory;
using Csevm.Numerics;

namespace Csevm.Tests.Interpreter.Memory;

public sealed unsafe class BigEndianWordTests
{
    public static TheoryData<string> Words => new()
    {
        "0x0",
        "0x1",
        "0xff00000000000000000000000000000000000000000000000000000000000000",
        "0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20",
        "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void Store_WritesWhatToBigEndianWrites_AndLoadReadsItBack(string hex)
    {
        var value = UInt256.Parse(hex);
        var bytes = new byte[32];
        fixed (byte* pointer = bytes)
        {
            BigEndianWord.Store(pointer, value);
            Assert.Equal(value.ToBigEndian(), bytes);
            Assert.Equal(value, BigEndianWord.Load(pointer));
        }
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void ScalarFallback_AgreesWithTheVectorPath(string hex)
    {
        var value = UInt256.Parse(hex);
        var vector = new byte[33];
        var scalar = new byte[33];
        fixed (byte* v = vector)
        fixed (byte* s = scalar)
        {
            // Offset by one byte: memory words are not aligned in general.
            BigEndianWord.Store(v + 1, value);
            BigEndianWord.StoreScalar(s + 1, value);
            Assert.Equal(scalar, vector);
            Assert.Equal(BigEndianWord.LoadScalar(s + 1), BigEndianWord.Load(v + 1));
        }
    }
}
