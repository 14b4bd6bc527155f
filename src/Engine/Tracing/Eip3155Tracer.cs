using System.Text.Json;
using Csevm.Execution;
using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Tracing;

/// <summary>
/// EIP-3155 traces: one JSON object per step and a summary line, quantities as 0x-hex as geth and
/// evmone print them, so traces diff against theirs. A step's line is finished when the next step
/// starts or its frame ends, so a failing step carries its <c>error</c>. Writes UTF-8 straight to
/// the stream; nothing is allocated per step.
/// </summary>
public readonly struct Eip3155Tracer : ITracer
{
    private readonly Writer _writer;

    public Eip3155Tracer(Stream output) => _writer = new Writer(output);

    public static bool IsEnabled => true;

    public void OnStep(int pc, byte opcode, long gas, long gasCost, ulong memorySize, ReadOnlySpan<UInt256> stack, int depth, long refund) =>
        _writer.Step(pc, opcode, gas, gasCost, memorySize, stack, depth, refund);

    public void OnFrameEnd(ExecutionStatus status, int depth) => _writer.EndStep(status);

    public void OnTransactionEnd(ReadOnlySpan<byte> output, long gasUsed, ExecutionStatus status) => _writer.Summary(output, gasUsed, status);

    /// <summary>Lower-case hex with a 0x prefix and no leading zeros ("0x0" for zero), into <paramref name="buffer"/> (67 bytes).</summary>
    public static ReadOnlySpan<byte> FormatQuantity(in UInt256 value, Span<byte> buffer)
    {
        buffer[0] = (byte)'0';
        buffer[1] = (byte)'x';
        int digits = Math.Max(1, (value.BitLength + 3) / 4);
        for (int i = 0; i < digits; i++)
        {
            int shift = 4 * (digits - 1 - i);
            ulong limb = shift switch { < 64 => value.U0, < 128 => value.U1, < 192 => value.U2, _ => value.U3 };
            buffer[2 + i] = (byte)"0123456789abcdef"[(int)((limb >> (shift & 63)) & 0xf)];
        }
        return buffer[..(2 + digits)];
    }

    private sealed class Writer(Stream output)
    {
        private readonly Stream _output = output;
        private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions { SkipValidation = true });
        private bool _stepOpen;

        public void Step(int pc, byte opcode, long gas, long gasCost, ulong memorySize, ReadOnlySpan<UInt256> stack, int depth, long refund)
        {
            EndLine();
            Span<byte> hex = stackalloc byte[67];
            _json.WriteStartObject();
            _json.WriteNumber("pc"u8, pc);
            _json.WriteNumber("op"u8, opcode);
            _json.WriteString("gas"u8, FormatQuantity(new UInt256((ulong)gas), hex));
            _json.WriteString("gasCost"u8, FormatQuantity(new UInt256((ulong)gasCost), hex));
            _json.WriteNumber("memSize"u8, memorySize);
            _json.WriteStartArray("stack"u8);
            foreach (ref readonly var item in stack) _json.WriteStringValue(FormatQuantity(item, hex));
            _json.WriteEndArray();
            _json.WriteNumber("depth"u8, depth);
            _json.WriteNumber("refund"u8, refund);
            _json.WriteString("opName"u8, OpcodeInfo.Name(opcode));
            _stepOpen = true;
        }

        public void EndStep(ExecutionStatus status)
        {
            if (_stepOpen && status.ConsumesAllGas()) _json.WriteString("error"u8, status.ToDisplayName());
            EndLine();
        }

        public void Summary(ReadOnlySpan<byte> output, long gasUsed, ExecutionStatus status)
        {
            EndLine();
            Span<byte> hex = stackalloc byte[67];
            _json.WriteStartObject();
            _json.WriteString("output"u8, Convert.ToHexStringLower(output));
            _json.WriteString("gasUsed"u8, FormatQuantity(new UInt256((ulong)gasUsed), hex));
            if (status == ExecutionStatus.Success) _json.WriteBoolean("pass"u8, true);
            else
            {
                _json.WriteBoolean("pass"u8, false);
                _json.WriteString("error"u8, status.ToDisplayName());
            }
            _stepOpen = true;
            EndLine();
            _output.Flush();
        }

        private void EndLine()
        {
            if (!_stepOpen) return;
            _json.WriteEndObject();
            _json.Flush();
            _json.Reset();
            _output.WriteByte((byte)'\n');
            _stepOpen = false;
        }
    }
}
