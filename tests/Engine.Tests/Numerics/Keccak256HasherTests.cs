using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

public class Keccak256HasherTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(135)]
    [InlineData(136)]
    [InlineData(137)]
    [InlineData(1000)]
    public void Update_InFixedOddChunks_EqualsOneShot(int chunk)
    {
        var data = Keccak256Tests.Pattern(1 << 20);
        var hasher = new Keccak256Hasher();
        for (int offset = 0; offset < data.Length; offset += chunk)
            hasher.Update(data.AsSpan(offset, Math.Min(chunk, data.Length - offset)));
        Assert.Equal(Keccak256.Hash(data), hasher.Finish());
    }

    [Fact]
    public void Update_InRandomChunks_EqualsOneShot()
    {
        var random = new Random(7);
        var hasher = new Keccak256Hasher();
        for (int trial = 0; trial < 200; trial++)
        {
            var data = new byte[random.Next(0, 2000)];
            random.NextBytes(data);
            int offset = 0;
            while (offset < data.Length)
            {
                // Mostly small pieces, sometimes empty, sometimes larger than a block.
                int chunk = Math.Min(data.Length - offset, random.Next(4) == 0 ? random.Next(0, 400) : random.Next(0, 20));
                hasher.Update(data.AsSpan(offset, chunk));
                offset += chunk;
            }
            Assert.Equal(Keccak256.Hash(data), hasher.Finish());
        }
    }

    [Fact]
    public void Finish_ResetsSoTheHasherCanBeReused()
    {
        var hasher = new Keccak256Hasher();
        hasher.Update("abc"u8);
        var first = hasher.Finish();
        hasher.Update("abc"u8);
        Assert.Equal(first, hasher.Finish());
        Assert.Equal(Keccak256.OfEmpty, hasher.Finish());
    }

    [Fact]
    public void Reset_DiscardsPendingAndAbsorbedInput()
    {
        var hasher = new Keccak256Hasher();
        hasher.Update(Keccak256Tests.Pattern(300));
        hasher.Reset();
        hasher.Update("abc"u8);
        Assert.Equal(Keccak256.Hash("abc"u8), hasher.Finish());
    }

    [Fact]
    public void Finish_IntoShortSpan_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => new Keccak256Hasher().Finish(new byte[16]));
}
