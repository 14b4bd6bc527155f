using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Csevm.Interpreter.Memory;
using Csevm.Numerics;

namespace Csevm.Benchmarks.Interpreter;

/// <summary>
/// MLOAD/MSTORE's byte swap: BigEndianWord (an AVX2 shuffle + lane permute where available) against
/// its scalar fallback (four ReverseEndianness limbs) and UInt256's span-based FromBigEndian/ToBigEndian. Work per
/// operation: 64 word loads and 64 word stores over 2 KiB.
/// </summary>
public unsafe class BigEndianWordBenchmarks
{
    private const int Words = 64;
    private byte* _memory;

    [GlobalSetup]
    public void Setup()
    {
        _memory = (byte*)NativeMemory.AlignedAlloc(Words * 32, 64);
        for (int i = 0; i < Words * 32; i++) _memory[i] = (byte)(i * 31);
    }

    [GlobalCleanup]
    public void Cleanup() => NativeMemory.AlignedFree(_memory);

    [Benchmark(Baseline = true)]
    public ulong ReverseEndiannessLimbs()
    {
        ulong sum = 0;
        for (int i = 0; i < Words; i++)
        {
            var value = BigEndianWord.LoadScalar(_memory + i * 32);
            sum += value.U0 ^ value.U3;
            BigEndianWord.StoreScalar(_memory + (Words - 1 - i) * 32, value);
        }
        return sum;
    }

    /// <summary>What the engine uses: the AVX2 path where the CPU has it.</summary>
    [Benchmark]
    public ulong BigEndianWordLoadStore()
    {
        ulong sum = 0;
        for (int i = 0; i < Words; i++)
        {
            var value = BigEndianWord.Load(_memory + i * 32);
            sum += value.U0 ^ value.U3;
            BigEndianWord.Store(_memory + (Words - 1 - i) * 32, value);
        }
        return sum;
    }

    [Benchmark]
    public ulong UInt256SpanConversions()
    {
        ulong sum = 0;
        for (int i = 0; i < Words; i++)
        {
            var value = UInt256.FromBigEndian(new ReadOnlySpan<byte>(_memory + i * 32, 32));
            sum += value.U0 ^ value.U3;
            value.ToBigEndian(new Span<byte>(_memory + (Words - 1 - i) * 32, 32));
        }
        return sum;
    }
}
