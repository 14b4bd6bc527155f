namespace Csevm.Tests.Interpreter.Blocks;

/// <summary>
/// Seeded random bytecode aimed at the edges of basic blocks: memory, copies, hashing, EXP and logs
/// charging dynamic gas mid-block (at small and huge offsets), block enders (GAS, SSTORE, calls,
/// creates, JUMPI), JUMPDESTs reached by falling through and by jumps (forward, backward, bad), stack
/// underflows and overflows mid-block, static-mode violations, undefined opcodes and raw bytes.
/// Not every program is well formed: the point is that both check modes agree on every outcome.
/// </summary>
internal sealed class RandomPrograms(int seed)
{
    private readonly Random _random = new(seed);
    private readonly List<byte> _code = [];
    private readonly List<int> _jumpDests = [];
    private readonly List<int> _forwardJumps = [];

    public byte[] Next()
    {
        _code.Clear();
        _jumpDests.Clear();
        _forwardJumps.Clear();
        int steps = _random.Next(4, 40);
        for (int i = 0; i < steps; i++) Step();
        End();
        // Forward jumps go to a JUMPDEST placed after them, or (rarely) nowhere valid.
        foreach (int at in _forwardJumps)
        {
            var later = _jumpDests.Where(d => d > at).ToList();
            int target = later.Count > 0 && _random.Next(10) > 0 ? later[_random.Next(later.Count)] : _random.Next(_code.Count + 2);
            _code[at + 1] = (byte)(target >> 8);
            _code[at + 2] = (byte)target;
        }
        return [.. _code];
    }

    private void Step()
    {
        switch (_random.Next(24))
        {
            case 0: case 1: Push(Small()); Push(Small()); Op(Pick(0x01, 0x02, 0x03, 0x04, 0x06, 0x10, 0x14, 0x16, 0x18, 0x1b)); break;
            case 2: Push((ulong)_random.Next(40)); Push(Small()); Op(0x0a); break;                        // EXP: dynamic gas per byte
            case 3: Push(Small()); Push(Offset()); Op(0x52); break;                                        // MSTORE
            case 4: Push(Offset()); Op(0x51); break;                                                       // MLOAD
            case 5: Push(Small()); Push(Offset()); Op(0x53); break;                                        // MSTORE8
            case 6: Push(Length()); Push(Offset()); Op(0x20); break;                                       // KECCAK256
            case 7: Push(Length()); Push((ulong)_random.Next(80)); Push(Offset()); Op(Pick(0x37, 0x39)); break; // CALLDATACOPY, CODECOPY
            case 8: Push(Length()); Push(Offset()); Push(Offset()); Op(0x5e); break;                       // MCOPY
            case 9: Push(Length()); Push((ulong)_random.Next(48)); Push(Offset()); Op(0x3e); break;        // RETURNDATACOPY (may read past the end)
            case 10: Push(Small()); Push((ulong)_random.Next(4)); Op(0x55); break;                          // SSTORE
            case 11: Push((ulong)_random.Next(4)); Op(0x54); break;                                         // SLOAD
            case 12: Push(Small()); Push((ulong)_random.Next(4)); Op(0x5d); Push((ulong)_random.Next(4)); Op(0x5c); break; // TSTORE, TLOAD
            case 13: Push((ulong)_random.Next(9)); Push(Length()); Push(Offset()); Op(Pick(0xa0, 0xa1)); break; // LOG0/LOG1
            case 14: Op(0x5a); if (_random.Next(2) == 0) Op(0x50); break;                                   // GAS
            case 15: Call(); break;
            case 16: Push(Length()); Push(Offset()); Push(Small()); Op(0xf0); break;                        // CREATE
            case 17: JumpDest(); break;
            case 18: Push((ulong)_random.Next(2)); ForwardJump(0x57); break;                                // JUMPI forward
            case 19:
                if (_jumpDests.Count > 0 && _random.Next(3) == 0)
                {   // A backward JUMPI on a condition that is sometimes true: loops until the gas runs out.
                    Op(0x58); Push(1); Op(0x16);
                    PushTarget(_jumpDests[_random.Next(_jumpDests.Count)]); Op(0x57);
                }
                else ForwardJump(0x56);
                break;
            case 20: Op((byte)(0x80 + _random.Next(16))); break;                                            // DUPn (may underflow)
            case 21: Op((byte)(0x90 + _random.Next(16))); break;                                            // SWAPn (may underflow)
            case 22:
                if (_random.Next(6) == 0) for (int i = 0; i < 1030; i++) Push(1);                           // overflow mid-block
                else Op(Pick(0x50, 0x50, 0x01, 0x15));                                                      // pops that may underflow
                break;
            default:
                Op(_random.Next(8) == 0 ? (byte)_random.Next(256) : Pick(0x30, 0x33, 0x36, 0x38, 0x58, 0x59, 0x5f, 0x1e)); break;
        }
    }

    private void End()
    {
        switch (_random.Next(4))
        {
            case 0: Op(0x00); break;
            case 1: Push(Length()); Push(Offset()); Op(0xf3); break;                                         // RETURN
            case 2: Push(Length()); Push(Offset()); Op(0xfd); break;                                         // REVERT
            default: break;                                                                                  // the implicit STOP
        }
    }

    private void Call()
    {
        Push((ulong)_random.Next(64)); Push(Offset());                                                       // result length, offset
        Push(Length()); Push(Offset());                                                                      // input length, offset
        byte op = Pick(0xf1, 0xf2, 0xf4, 0xfa);
        if (op is 0xf1 or 0xf2) Push(_random.Next(3) == 0 ? 5UL : 0UL);                                          // value
        Push(0xaa + (ulong)_random.Next(3));                                                                  // target
        if (_random.Next(2) == 0) Op(0x5a); else Push(Small());                                              // gas: all there is, or some
        Op(op);
    }

    private void JumpDest()
    {
        _jumpDests.Add(_code.Count);
        Op(0x5b);
    }

    private void ForwardJump(byte op)
    {
        _forwardJumps.Add(_code.Count);
        PushTarget(0);
        Op(op);
    }

    private void PushTarget(int target)
    {
        Op(0x61);
        _code.Add((byte)(target >> 8));
        _code.Add((byte)target);
    }

    private void Push(ulong value)
    {
        int width = value == 0 ? 1 : (64 - (int)ulong.LeadingZeroCount(value) + 7) / 8;
        Op((byte)(0x5f + width));
        for (int i = width - 1; i >= 0; i--) _code.Add((byte)(value >> (8 * i)));
    }

    private void Op(byte op) => _code.Add(op);

    private byte Pick(params byte[] ops) => ops[_random.Next(ops.Length)];

    private ulong Small() => _random.Next(4) == 0 ? (ulong)_random.NextInt64() : (ulong)_random.Next(300);

    /// <summary>Mostly small memory offsets, sometimes ones whose expansion costs a lot or cannot be paid.</summary>
    private ulong Offset() => _random.Next(12) switch
    {
        0 => (ulong)_random.Next(1 << 20),
        1 => 1UL << 40,
        _ => (ulong)_random.Next(2000),
    };

    private ulong Length() => _random.Next(10) switch
    {
        0 => 0,
        1 => (ulong)_random.Next(1 << 16),
        _ => (ulong)_random.Next(200),
    };
}
