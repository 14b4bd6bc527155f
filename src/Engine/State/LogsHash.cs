using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Primitives.Rlp;

namespace Csevm.State;

/// <summary>What state tests compare logs by: keccak256(rlp([[address, [topic, …], data], …])).</summary>
public static class LogsHash
{
    public static Hash256 Compute(IReadOnlyList<LogEntry> logs)
    {
        var writer = new RlpWriter();
        var all = writer.StartList();
        Span<byte> address = stackalloc byte[Address.Size];
        foreach (var log in logs)
        {
            var entry = writer.StartList();
            log.Address.CopyTo(address);
            writer.WriteBytes(address);
            var topics = writer.StartList();
            for (int i = 0; i < log.Topics.Length; i++) writer.WriteBytes(log.Topics[i].Bytes);
            writer.EndList(topics);
            writer.WriteBytes(log.Data);
            writer.EndList(entry);
        }
        writer.EndList(all);
        return Keccak256.Hash(writer.Written);
    }
}
