using System.Buffers;
using Csevm.Precompiles.Crypto.Bn254;
using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>
/// 0x08 (EIP-197): whether the product of optimal ate pairings e(Pᵢ, Qᵢ) is one. Input is k
/// pairs of 192 bytes (G1 point, then G2 point); any other length, an invalid point or a G2 point
/// outside the subgroup fails. Output is a word holding 1 or 0. Gas 100000 + 80000·k, from
/// Istanbul 45000 + 34000·k (EIP-1108).
/// </summary>
public sealed class Bn254PairingPrecompile : IPrecompile
{
    public const int PairSize = Bn254Curve.G1Size + Bn254Curve.G2Size;
    public static readonly Bn254PairingPrecompile Instance = new();
    private Bn254PairingPrecompile() { }

    public string Name => "ecpairing";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision)
    {
        long pairs = input.Length / PairSize;
        return revision >= Revision.Istanbul ? 45000 + 34000 * pairs : 100000 + 80000 * pairs;
    }

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = [];
        if (input.Length % PairSize != 0) return false;

        // Pooled rather than allocated per call: the pairs are only needed while the pairing runs.
        var arguments = ArrayPool<PairingArgument>.Shared.Rent(input.Length / PairSize);
        try
        {
            int count = 0;
            for (int offset = 0; offset < input.Length; offset += PairSize)
            {
                var pair = input.Slice(offset, PairSize);
                if (!Bn254Curve.TryReadG1(pair[..Bn254Curve.G1Size], out var p)) return false;
                if (!Bn254Curve.TryReadG2(pair[Bn254Curve.G1Size..], out var qx, out var qy, out bool qIsInfinity)) return false;
                // A pair with either point at infinity contributes e = 1.
                if (qIsInfinity || !p.TryToAffine(out var px, out var py)) continue;
                arguments[count++] = new PairingArgument(px, py, qx, qy);
            }
            output = new byte[32];
            output[31] = Bn254Pairing.IsProductOne(arguments.AsSpan(0, count)) ? (byte)1 : (byte)0;
        }
        finally
        {
            ArrayPool<PairingArgument>.Shared.Return(arguments);
        }
        return true;
    }
}
