using Csevm.Primitives;
using Csevm.State;

namespace Csevm.Native.CApi;

/// <summary>What a <c>csevm_result*</c> stands for: a finished transaction or call, copied out of the engine's reusable buffers.</summary>
internal sealed record ResultHandle(int Status, long GasUsed, long GasRefund, byte[] Output, LogEntry[] Logs, Address? CreatedAddress);
