using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Csevm.Numerics;

namespace Csevm.Benchmarks.Numerics;

/// <summary>
/// Keccak-256 throughput beside the platform's SHA3-256 (OpenSSL: the same permutation and rate,
/// only the padding differs). Ratio is our time over OpenSSL's: below 1 means faster, and
/// 1 / Ratio is our throughput as a multiple of OpenSSL's.
/// </summary>
[MemoryDiagnoser]
public class Keccak256Benchmarks
{
    private byte[] _data = [];
    private readonly byte[] _hash = new byte[32];

    [Params(32, 1024, 65536)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = new byte[Size];
        new Random(42).NextBytes(_data);
    }

    [Benchmark(Baseline = true)]
    public void Sha3_256_Platform() => SHA3_256.HashData(_data, _hash);

    [Benchmark]
    public void Keccak256_Csevm() => Keccak256.Hash(_data, _hash);
}
