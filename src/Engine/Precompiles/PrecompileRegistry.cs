using System.Diagnostics.CodeAnalysis;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>
/// Which precompile answers at which address in which revision. Lookups are an array index on the
/// address number; the per-revision address lists are built once (the state pre-warms them, EIP-2929).
/// </summary>
public static class PrecompileRegistry
{
    private readonly record struct Entry(ulong Number, Revision Since, IPrecompile Precompile);

    private static readonly Entry[] Entries =
    [
        new(0x01, Revision.Frontier, EcRecoverPrecompile.Instance),
        new(0x02, Revision.Frontier, Sha256Precompile.Instance),
        new(0x03, Revision.Frontier, Ripemd160Precompile.Instance),
        new(0x04, Revision.Frontier, IdentityPrecompile.Instance),
        new(0x05, Revision.Byzantium, ModExpPrecompile.Instance),
        new(0x06, Revision.Byzantium, Bn254AddPrecompile.Instance),
        new(0x07, Revision.Byzantium, Bn254MulPrecompile.Instance),
        new(0x08, Revision.Byzantium, Bn254PairingPrecompile.Instance),
        new(0x09, Revision.Istanbul, Blake2FPrecompile.Instance),
        new(0x0a, Revision.Cancun, KzgPointEvaluationPrecompile.Instance),
        new(0x0b, Revision.Prague, Bls12G1AddPrecompile.Instance),
        new(0x0c, Revision.Prague, Bls12G1MsmPrecompile.Instance),
        new(0x0d, Revision.Prague, Bls12G2AddPrecompile.Instance),
        new(0x0e, Revision.Prague, Bls12G2MsmPrecompile.Instance),
        new(0x0f, Revision.Prague, Bls12PairingCheckPrecompile.Instance),
        new(0x10, Revision.Prague, Bls12MapFpToG1Precompile.Instance),
        new(0x11, Revision.Prague, Bls12MapFp2ToG2Precompile.Instance),
        new(0x100, Revision.Osaka, P256VerifyPrecompile.Instance),
    ];

    private static readonly Entry?[] ByNumber = BuildLookup();
    private static readonly Address[][] ActiveByRevision = BuildActiveLists();

    /// <summary>The precompile at <paramref name="address"/> if it exists in <paramref name="revision"/>.</summary>
    public static bool TryGet(in Address address, Revision revision, [NotNullWhen(true)] out IPrecompile? precompile)
    {
        ulong number = address.AsSmallNumber;
        if (number < (ulong)ByNumber.Length && ByNumber[number] is { } entry && revision >= entry.Since)
        {
            precompile = entry.Precompile;
            return true;
        }
        precompile = null;
        return false;
    }

    public static bool IsPrecompile(in Address address, Revision revision) => TryGet(address, revision, out _);

    /// <summary>The precompile addresses active in <paramref name="revision"/>, in ascending order.</summary>
    public static ReadOnlySpan<Address> ActiveAddresses(Revision revision) =>
        (uint)revision < (uint)ActiveByRevision.Length
            ? ActiveByRevision[(int)revision]
            : throw new ArgumentOutOfRangeException(nameof(revision), revision, "unknown revision");

    private static Entry?[] BuildLookup()
    {
        var table = new Entry?[Entries.Max(e => e.Number) + 1];
        foreach (var entry in Entries) table[entry.Number] = entry;
        return table;
    }

    private static Address[][] BuildActiveLists() =>
        Enum.GetValues<Revision>()
            .Select(revision => Entries.Where(e => revision >= e.Since).OrderBy(e => e.Number).Select(e => Address.FromNumber(e.Number)).ToArray())
            .ToArray();
}
