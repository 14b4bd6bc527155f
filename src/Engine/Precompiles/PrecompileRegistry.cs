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
        // 0x0a KZG point evaluation (Cancun): entry from the bls branch goes here.
        // 0x0b-0x11 BLS12-381 G1ADD, G1MSM, G2ADD, G2MSM, PAIRING_CHECK, MAP_FP_TO_G1, MAP_FP2_TO_G2 (Prague): bls branch.
        // 0x100 P256VERIFY (Osaka): bls branch.
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
