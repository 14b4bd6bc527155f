using Csevm.Precompiles.Crypto;
using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>
/// 0x05 (EIP-198): base^exponent mod modulus for big-endian numbers of declared lengths. The
/// output has the modulus' length. Priced per era (see <see cref="ModExpGas"/>); from Osaka,
/// EIP-7823 rejects any length above 1024 bytes.
/// </summary>
public sealed class ModExpPrecompile : IPrecompile
{
    public const int Eip7823MaxLength = 1024;
    public static readonly ModExpPrecompile Instance = new();
    private ModExpPrecompile() { }

    public string Name => "modexp";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => ModExpGas.Cost(new ModExpInput(input), revision);

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = [];
        var call = new ModExpInput(input);
        if (revision >= Revision.Osaka &&
            (call.BaseLength > Eip7823MaxLength || call.ExponentLength > Eip7823MaxLength || call.ModulusLength > Eip7823MaxLength))
            return false;
        if (call.ModulusLength == 0) return true;

        // An output this large could never be paid for; refusing keeps a direct caller from an unallocatable array.
        if (call.ModulusLength > (UInt128)Array.MaxLength) return false;
        int modulusLength = (int)call.ModulusLength;
        output = new byte[modulusLength];
        var modulus = call.Stored(call.ModulusOffset, call.ModulusLength);
        if (modulus.Length < modulusLength)
        {
            // Cut by the end of the input: the missing low bytes read as zeros.
            var padded = new byte[modulusLength];
            modulus.CopyTo(padded);
            modulus = padded;
        }

        // A base or exponent cut by the end of the input leaves the modulus entirely past it, so
        // whenever the modulus is non-zero both are fully present (a zero modulus gives zero).
        ModularExponentiation.Compute(
            call.Stored(call.BaseOffset, call.BaseLength),
            call.Stored(call.ExponentOffset, call.ExponentLength),
            modulus,
            output);
        return true;
    }
}
