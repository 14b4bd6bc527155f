using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.State.Trie;

namespace Csevm.Tests.State;

public class StorageRootTests
{
    [Fact]
    public void Compute_WithOnlyZeroSlots_IsTheEmptyRoot() =>
        Assert.Equal(TrieRoot.Empty, StorageRoot.Compute([KeyValuePair.Create(UInt256.One, UInt256.Zero)]));

    [Fact]
    public void Compute_IsSecureTrieOfSlotHashToRlpValue()
    {
        // Slot 0 = 1 and slot 1 = 0x0100: values are RLP of the minimal big-endian bytes.
        var expected = SecureTrie.Compute(
        [
            KeyValuePair.Create(new byte[32], Hex.Decode("01")),
            KeyValuePair.Create(UInt256.One.ToBigEndian(), Hex.Decode("820100")),
        ]);
        var actual = StorageRoot.Compute(
        [
            KeyValuePair.Create(UInt256.Zero, UInt256.One),
            KeyValuePair.Create(UInt256.One, new UInt256(0x100)),
            KeyValuePair.Create(new UInt256(2), UInt256.Zero),
        ]);
        Assert.Equal(expected, actual);
    }
}
