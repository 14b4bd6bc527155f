using System.Text;
using System.Text.Json;
using Csevm.Numerics;
using Csevm.Spec;
using Csevm.Tests.Interpreter;
using Csevm.Tracing;

namespace Csevm.Tests.Tracing;

public class Eip3155TracerTests
{
    private static string[] Trace(string code, long gas = 1000, Revision revision = Revision.Osaka)
    {
        using var output = new MemoryStream();
        var tracer = new Eip3155Tracer(output);
        Evm.Run(code, ref tracer, revision, gas);
        return Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void EachStep_IsOneJsonObjectWithTheEip3155Fields()
    {
        var lines = Trace("6001600201" + "00");
        Assert.Equal(5, lines.Length);   // PUSH1, PUSH1, ADD, STOP, summary
        using var add = JsonDocument.Parse(lines[2]);
        var step = add.RootElement;
        Assert.Equal(4, step.GetProperty("pc").GetInt32());
        Assert.Equal(1, step.GetProperty("op").GetInt32());
        Assert.Equal("0x3e2", step.GetProperty("gas").GetString());     // 1000 - 6
        Assert.Equal("0x3", step.GetProperty("gasCost").GetString());
        Assert.Equal(0, step.GetProperty("memSize").GetInt32());
        Assert.Equal(["0x1", "0x2"], step.GetProperty("stack").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(1, step.GetProperty("depth").GetInt32());
        Assert.Equal(0, step.GetProperty("refund").GetInt32());
        Assert.Equal("ADD", step.GetProperty("opName").GetString());
        Assert.False(step.TryGetProperty("error", out _));
    }

    [Fact]
    public void Summary_ReportsOutputGasUsedAndPass()
    {
        var lines = Trace("602a60005260206000f3");
        using var summary = JsonDocument.Parse(lines[^1]);
        Assert.Equal("000000000000000000000000000000000000000000000000000000000000002a", summary.RootElement.GetProperty("output").GetString());
        Assert.Equal("0x12", summary.RootElement.GetProperty("gasUsed").GetString());
        Assert.True(summary.RootElement.GetProperty("pass").GetBoolean());
    }

    [Fact]
    public void FailingStep_CarriesTheErrorAndTheSummaryFails()
    {
        var lines = Trace("6001" + "01");   // ADD with one item
        using var failing = JsonDocument.Parse(lines[1]);
        Assert.Equal("ADD", failing.RootElement.GetProperty("opName").GetString());
        Assert.Equal("stackUnderflow", failing.RootElement.GetProperty("error").GetString());
        using var summary = JsonDocument.Parse(lines[^1]);
        Assert.False(summary.RootElement.GetProperty("pass").GetBoolean());
        Assert.Equal("0x3e8", summary.RootElement.GetProperty("gasUsed").GetString());
    }

    [Fact]
    public void MemSize_AndLargeStackItems_AreReported()
    {
        var lines = Trace("6001600052" + Evm.Push(UInt256.MaxValue) + "00");
        using var stop = JsonDocument.Parse(lines[4]);
        Assert.Equal(32, stop.RootElement.GetProperty("memSize").GetInt32());
        Assert.Equal("0x" + new string('f', 64), stop.RootElement.GetProperty("stack")[0].GetString());
    }

    [Theory]
    [InlineData(0UL, "0x0")]
    [InlineData(0xabcUL, "0xabc")]
    [InlineData(ulong.MaxValue, "0xffffffffffffffff")]
    public void FormatQuantity_IsMinimalLowerCaseHex(ulong value, string expected)
    {
        Span<byte> buffer = stackalloc byte[67];
        Assert.Equal(expected, Encoding.ASCII.GetString(Eip3155Tracer.FormatQuantity(new UInt256(value), buffer)));
    }

    [Fact]
    public void FormatQuantity_MatchesUInt256ToStringForWideValues()
    {
        var value = UInt256.Parse("0x10000000000000000000000000000000000000000000000000000000000000a");
        Span<byte> buffer = stackalloc byte[67];
        Assert.Equal(value.ToString(), Encoding.ASCII.GetString(Eip3155Tracer.FormatQuantity(value, buffer)));
    }
}
