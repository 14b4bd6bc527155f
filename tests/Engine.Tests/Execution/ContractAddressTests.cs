using Csevm.Execution;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Tests.Execution;

public sealed class ContractAddressTests
{
    [Theory]
    [InlineData("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0", 0UL, "0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d")]
    [InlineData("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0", 1UL, "0x343c43a37d37dff08ae8c4a11544c718abb4fcf8")]
    [InlineData("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0", 2UL, "0xf778b86fa74e846c4f0a1fbd1335fe81c00a0c91")]
    [InlineData("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0", 3UL, "0xfffd933a0bc612844eaf0c6fe3e5b8e9b6c1d19c")]
    public void ForCreate_IsKeccakOfRlpSenderAndNonce(string sender, ulong nonce, string expected) =>
        Assert.Equal(Address.Parse(expected), ContractAddress.ForCreate(Address.Parse(sender), nonce));

    // The examples of EIP-1014.
    [Theory]
    [InlineData("0x0000000000000000000000000000000000000000", "0x00", "0x00", "0x4d1a2e2bb4f88f0250f26ffff098b0b30b26bf38")]
    [InlineData("0xdeadbeef00000000000000000000000000000000", "0x00", "0x00", "0xb928f69bb1d91cd65274e3c79d8986362984fda3")]
    [InlineData("0xdeadbeef00000000000000000000000000000000", "0x000000000000000000000000feed000000000000000000000000000000000000", "0x00", "0xd04116cdd17bebe565eb2422f2497e06cc1c9833")]
    [InlineData("0x0000000000000000000000000000000000000000", "0x00", "0xdeadbeef", "0x70f2b2914a2a4b783faefb75f459a580616fcb5e")]
    [InlineData("0x00000000000000000000000000000000deadbeef", "0xcafebabe", "0xdeadbeef", "0x60f3f640a8508fc6a86d45df051962668e1e8ac7")]
    [InlineData("0x0000000000000000000000000000000000000000", "0x00", "0x", "0xe33c0c7f7df4809055c3eba6c09cfe4baf1bd9e0")]
    public void ForCreate2_FollowsEip1014(string sender, string salt, string initCode, string expected) =>
        Assert.Equal(Address.Parse(expected), ContractAddress.ForCreate2(Address.Parse(sender), UInt256.Parse(salt), Hex.Decode(initCode)));
}
