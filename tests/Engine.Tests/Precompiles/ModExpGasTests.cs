using Csevm.Precompiles;
using Csevm.Spec;

namespace Csevm.Tests.Precompiles;

/// <summary>The modexp price in each era: EIP-198, EIP-2565 (Berlin) and EIP-7883 (Osaka).</summary>
public class ModExpGasTests
{
    private static byte[] Header(ulong baseLength, ulong exponentLength, ulong modulusLength, string exponentHex = "")
    {
        var input = new byte[96 + (int)Math.Min(baseLength, 4096) + exponentHex.Length / 2];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(input.AsSpan(24), baseLength);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(input.AsSpan(56), exponentLength);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(input.AsSpan(88), modulusLength);
        Convert.FromHexString(exponentHex).CopyTo(input, 96 + (int)Math.Min(baseLength, 4096));
        return input;
    }

    // The "nagydani" benchmark inputs of EIP-2565: base and modulus of one size, exponent 2, 3 or 65537.
    [Theory]
    [InlineData(64, "02", 204, 200, 500)]
    [InlineData(64, "03", 204, 200, 500)]
    [InlineData(64, "010001", 3276, 341, 2048)]
    [InlineData(128, "02", 665, 200, 512)]
    [InlineData(128, "010001", 10649, 1365, 8192)]
    [InlineData(256, "010001", 30310, 5461, 32768)]
    [InlineData(512, "010001", 89292, 21845, 131072)]
    [InlineData(1024, "010001", 285900, 87381, 524288)]
    public void Nagydani_PricesPerEra(ulong size, string exponent, long byzantium, long berlin, long osaka)
    {
        var input = Header(size, (ulong)exponent.Length / 2, size, exponent);
        Assert.Equal(byzantium, ModExpPrecompile.Instance.GasCost(input, Revision.Byzantium));
        Assert.Equal(byzantium, ModExpPrecompile.Instance.GasCost(input, Revision.Istanbul));
        Assert.Equal(berlin, ModExpPrecompile.Instance.GasCost(input, Revision.Berlin));
        Assert.Equal(berlin, ModExpPrecompile.Instance.GasCost(input, Revision.Prague));
        Assert.Equal(osaka, ModExpPrecompile.Instance.GasCost(input, Revision.Osaka));
    }

    [Fact]
    public void ExponentLongerThan32Bytes_CountsBitsPerExtraByte()
    {
        // 40-byte exponent whose first 32 bytes are 0x01 then zeros: highest bit 248.
        var exponent = "01" + new string('0', 78);
        var input = Header(64, 40, 64, exponent);
        // Byzantium: 64² · (8·8 + 248) / 20; Berlin: 8² · 312 / 3; Osaka: 2·8² · (16·8 + 248)
        Assert.Equal(4096 * 312 / 20, ModExpPrecompile.Instance.GasCost(input, Revision.Byzantium));
        Assert.Equal(64 * 312 / 3, ModExpPrecompile.Instance.GasCost(input, Revision.Berlin));
        Assert.Equal(128 * 376, ModExpPrecompile.Instance.GasCost(input, Revision.Osaka));
    }

    [Fact]
    public void ExponentHeadOfZeros_AddsNoBitIndex()
    {
        var input = Header(8, 33, 8, new string('0', 66));
        Assert.Equal(64 * 8 / 20, ModExpPrecompile.Instance.GasCost(input, Revision.Byzantium));
    }

    [Fact]
    public void MinimumPrice_AppliesFromBerlin()
    {
        var input = Header(0, 0, 0);
        Assert.Equal(0, ModExpPrecompile.Instance.GasCost(input, Revision.Byzantium));
        Assert.Equal(200, ModExpPrecompile.Instance.GasCost(input, Revision.Berlin));
        Assert.Equal(500, ModExpPrecompile.Instance.GasCost(input, Revision.Osaka));
    }

    [Fact]
    public void Osaka_ComplexityDoublesAbove32Bytes()
    {
        Assert.Equal(500, ModExpPrecompile.Instance.GasCost(Header(32, 1, 32, "ff"), Revision.Osaka)); // 16 · 7 = 112
        Assert.Equal(16 * 39, ModExpPrecompile.Instance.GasCost(Header(32, 5, 32, "ffffffffff"), Revision.Osaka));
        Assert.Equal(2 * 25 * 39, ModExpPrecompile.Instance.GasCost(Header(33, 5, 33, "ffffffffff"), Revision.Osaka));
    }

    [Fact]
    public void AbsurdLengths_SaturateInsteadOfWrapping()
    {
        Assert.Equal(long.MaxValue, ModExpPrecompile.Instance.GasCost(Header(ulong.MaxValue, 1, 1), Revision.Byzantium));
        Assert.Equal(long.MaxValue, ModExpPrecompile.Instance.GasCost(Header(1, ulong.MaxValue, 1), Revision.Osaka));
        // Exponent of 2^62 bytes with a 1-byte modulus: 8·(2^62 − 32)/20 is large but still below long.MaxValue.
        Assert.Equal((long)((((UInt128)1 << 62) - 32) * 8 / 20), ModExpPrecompile.Instance.GasCost(Header(1, 1UL << 62, 1), Revision.Byzantium));
        // Zero-size operands cost nothing before Berlin, however long the exponent.
        Assert.Equal(0, ModExpPrecompile.Instance.GasCost(Header(0, ulong.MaxValue, 0), Revision.Byzantium));
    }
}
