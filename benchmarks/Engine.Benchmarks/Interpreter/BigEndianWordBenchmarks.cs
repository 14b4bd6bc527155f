using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Csevm.Interpreter.Memory;
using Csevm.Numerics;

namespace Csevm.Benchmarks.Interpreter;

/// <summary>
/// MLOAD/MSTORE's byte swap: BigEndianWord (an AVX2 shuffle + lane permute where available) against
/// its scalar fallback (four ReverseEndianness limbs) and UInt256's span-based FromBigEndian/ToBigEndian. Work per
/// operation: 64 MLOAD-like loads from memory into stack slots and 64 MSTORE-like stores from the slots
/// back into memory, memory to memory as in the interpreter.
/// </summary>
[MinColumn]
public unsafe class BigEndianWordBenchmarks
{
    private const int Words = 64;
    private byte* _memory;
    private UInt256* _stack;

    [GlobalSetup]
    public void Setup()
    {
        _memory = (byte*)NativeMemory.AlignedAlloc(Words * 32, 64);
        _stack = (UInt256*)NativeMemory.AlignedAlloc(Words * 32, 64);
        for (int i = 0; i < Words * 32; i++) _memory[i] = (byte)(i * 31);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        NativeMemory.AlignedFree(_memory);
        NativeMemory.AlignedFree(_stack);
    }

    [Benchmark(Baseline = true)]
    public ulong ReverseEndiannessLimbs()
    {
        for (int i = 0; i < Words; i++) _stack[i] = BigEndianWord.LoadScalar(_memory + i * 32);
        for (int i = 0; i < Words; i++) BigEndianWord.StoreScalar(_memory + (Words - 1 - i) * 32, _stack[i]);
        return _stack[Words - 1].U0;
    }

    /// <summary>What the engine uses: the AVX2 path where the CPU has it.</summary>
    [Benchmark]
    public ulong BigEndianWordLoadStore()
    {
        for (int i = 0; i < Words; i++) _stack[i] = BigEndianWord.Load(_memory + i * 32);
        for (int i = 0; i < Words; i++) BigEndianWord.Store(_memory + (Words - 1 - i) * 32, _stack[i]);
        return _stack[Words - 1].U0;
    }

    [Benchmark]
    public ulong UInt256SpanConversions()
    {
        for (int i = 0; i < Words; i++) _stack[i] = UInt256.FromBigEndian(new ReadOnlySpan<byte>(_memory + i * 32, 32));
        for (int i = 0; i < Words; i++) _stack[i].ToBigEndian(new Span<byte>(_memory + (Words - 1 - i) * 32, 32));
        return _stack[Words - 1].U0;
    }
}
