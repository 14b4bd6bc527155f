using Csevm.Execution;
using Csevm.Primitives;

namespace Csevm.Native.Evmc;

/// <summary>
/// What one evmc execute call keeps while it runs, reused by the next execute at the same nesting
/// level on this thread: the message, copies of input and of the last nested call's output, the
/// transaction context (read once) and code copied from the host.
/// </summary>
internal sealed class EvmcCallScope
{
    private readonly Dictionary<Address, ReadOnlyMemory<byte>> _code = new();
    private byte[] _input = new byte[256];
    private byte[] _returnData = new byte[256];

    public Message Message { get; } = new();

    public TxContext? TxContext;

    /// <summary>Forgets what the previous execute at this level read from its host.</summary>
    public void Begin()
    {
        TxContext = null;
        _code.Clear();
    }

    public bool TryGetCode(in Address address, out ReadOnlyMemory<byte> code) => _code.TryGetValue(address, out code);

    public void RememberCode(in Address address, ReadOnlyMemory<byte> code) => _code[address] = code;

    /// <summary>A nested call may deploy or destroy code: read it again afterwards.</summary>
    public void ForgetCode() => _code.Clear();

    /// <summary>Copies the call data into the scope's buffer (the host's buffer is only borrowed for the call).</summary>
    public ReadOnlyMemory<byte> CopyInput(ReadOnlySpan<byte> input) => CopyInto(ref _input, input);

    /// <summary>
    /// Copies a nested call's output before its result is released. It stays valid while the frame
    /// reads it as return data: the next copy happens only after the frame's next call.
    /// </summary>
    public ReadOnlyMemory<byte> CopyReturnData(ReadOnlySpan<byte> output) => CopyInto(ref _returnData, output);

    private static ReadOnlyMemory<byte> CopyInto(ref byte[] buffer, ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return default;
        if (buffer.Length < data.Length) buffer = new byte[Math.Max(data.Length, buffer.Length * 2)];
        data.CopyTo(buffer);
        return buffer.AsMemory(0, data.Length);
    }
}
