using Csevm.Primitives;
using Csevm.State;

namespace Csevm.StateTests;

/// <summary>A short description of how a post-state differs from the expected one (EEST files carry it), for failure messages.</summary>
internal static class StateDiff
{
    private const int MaxDifferences = 4;

    public static string Describe(IReadOnlyDictionary<Address, Account> actual, IReadOnlyDictionary<Address, Account>? expected)
    {
        if (expected is null) return "";
        var differences = new List<string>();
        foreach (var address in actual.Keys.Union(expected.Keys).OrderBy(a => a.ToString(), StringComparer.Ordinal))
        {
            if (differences.Count == MaxDifferences) break;
            actual.TryGetValue(address, out var mine);
            expected.TryGetValue(address, out var theirs);
            if (Difference(mine, theirs) is { } difference) differences.Add($"{address}: {difference}");
        }
        return differences.Count == 0 ? "" : "; " + string.Join("; ", differences);
    }

    private static string? Difference(Account? actual, Account? expected)
    {
        if (actual is null) return "missing";
        if (expected is null) return "unexpected account";
        if (actual.Nonce != expected.Nonce) return $"nonce {actual.Nonce} != {expected.Nonce}";
        if (actual.Balance != expected.Balance) return $"balance {actual.Balance} != {expected.Balance}";
        if (actual.CodeHash != expected.CodeHash) return $"code {actual.Code.Length} bytes != {expected.Code.Length} bytes";
        foreach (var slot in actual.Storage.Keys.Union(expected.Storage.Keys))
        {
            var mine = actual.Storage.GetValueOrDefault(slot);
            var theirs = expected.Storage.GetValueOrDefault(slot);
            if (mine != theirs) return $"storage[{slot}] {mine} != {theirs}";
        }
        return null;
    }
}
