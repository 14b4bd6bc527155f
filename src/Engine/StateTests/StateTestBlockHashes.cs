using System.Globalization;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.State;

namespace Csevm.StateTests;

/// <summary>
/// The ancestor hashes state tests assume: fixtures carry none, and geth's runner (which filled
/// them) answers BLOCKHASH(n) with keccak256 of n's decimal digits, e.g. block 0 → keccak256("0").
/// </summary>
public sealed class StateTestBlockHashes : IBlockHashSource
{
    public static readonly StateTestBlockHashes Instance = new();

    public Hash256 GetBlockHash(long number)
    {
        Span<byte> digits = stackalloc byte[20];
        number.TryFormat(digits, out int length, default, CultureInfo.InvariantCulture);
        return Keccak256.Hash(digits[..length]);
    }
}
