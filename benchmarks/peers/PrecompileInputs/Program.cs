using System.Text.Json;
using Csevm.Benchmarks.Precompiles;
using Csevm.Benchmarks.Precompiles.Bls12381;

namespace Csevm.Benchmarks.Peers;

/// <summary>
/// Exports every precompile benchmark input (the cases DenialOfServiceBenchmarks times) as JSON, so
/// that the node side-by-side run (compare.mjs --precompiles) calls the peers' precompiles with the
/// very same bytes. Usage: dotnet run --project benchmarks/peers/PrecompileInputs -- OUTPUT.json
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: PrecompileInputs OUTPUT.json");
            return 2;
        }
        var cases = PrecompileBenchmarks.Cases().Concat(Bn254PrecompileBenchmarks.Cases()).Concat(CurvePrecompileBenchmarks.Cases());
        var rows = cases.Select(c => new
        {
            name = c.Name,
            precompile = c.Precompile.Name,
            address = PrecompileCallLoop.AddressOf(c),
            fork = c.Revision.ToString().ToLowerInvariant(),
            gas = c.Gas,
            input = Convert.ToHexStringLower(c.Input),
        }).ToList();
        File.WriteAllText(args[0], JsonSerializer.Serialize(new { cases = rows }, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        Console.Error.WriteLine($"wrote {rows.Count} precompile inputs to {args[0]}");
        return 0;
    }
}
