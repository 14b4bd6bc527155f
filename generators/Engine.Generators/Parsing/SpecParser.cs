using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Csevm.Generators.Model;

namespace Csevm.Generators.Parsing;

/// <summary>
/// Turns the two spec files into plain models. Never throws on bad input: every problem becomes a
/// <see cref="SpecError"/> with the file and line, and the offending row is left out.
/// </summary>
internal static class SpecParser
{
    public const string ForksHeader = "order,name,aliases,eips";
    public const string OpcodesHeader = "opcode,mnemonic,inputs,outputs,gas,since,gas_by_fork,flags,handler";

    public static SpecModel Parse(string forksPath, string forksText, string opcodesPath, string opcodesText)
    {
        var errors = new List<SpecError>();
        var forks = ParseForks(forksPath, forksText, errors);
        var opcodes = ParseOpcodes(opcodesPath, opcodesText, forks, errors);
        return new SpecModel(forks.ToEquatableArray(), opcodes.ToEquatableArray(), errors.ToEquatableArray());
    }

    internal static List<ForkModel> ParseForks(string path, string text, List<SpecError> errors)
    {
        var forks = new List<ForkModel>();
        foreach (var line in CsvLines.ReadTable(path, text, ForksHeader, errors))
        {
            string? problem = null;
            var c = line.Cells;
            if (c.Length != 4) problem = $"expected 4 cells ({ForksHeader}), found {c.Length}";
            else if (!TryInt(c[0], out int order) || order != forks.Count) problem = $"order '{c[0]}' must be {forks.Count}: forks are listed oldest first, numbered as EVMC numbers revisions";
            else if (!IsIdentifier(c[1])) problem = $"fork name '{c[1]}' is not an identifier";
            else if (forks.Any(f => f.Name == c[1])) problem = $"fork '{c[1]}' is listed twice";
            else
            {
                var eips = new List<int>();
                foreach (var eip in Words(c[3]))
                {
                    if (TryInt(eip, out int number)) eips.Add(number);
                    else { problem = $"EIP '{eip}' is not a number"; break; }
                }
                if (problem is null)
                    forks.Add(new ForkModel(order, c[1], Words(c[2]).ToEquatableArray(), eips.ToEquatableArray()));
            }
            if (problem is not null) errors.Add(new SpecError(path, line.Number, problem));
        }
        return forks;
    }

    internal static List<OpcodeModel> ParseOpcodes(string path, string text, List<ForkModel> forks, List<SpecError> errors)
    {
        var opcodes = new List<OpcodeModel>();
        foreach (var line in CsvLines.ReadTable(path, text, OpcodesHeader, errors))
        {
            var opcode = ParseOpcode(line, forks, opcodes, out var problem);
            if (opcode is not null) opcodes.Add(opcode);
            else errors.Add(new SpecError(path, line.Number, problem!));
        }
        return opcodes;
    }

    private static OpcodeModel? ParseOpcode(CsvLine line, List<ForkModel> forks, List<OpcodeModel> earlier, out string? problem)
    {
        var c = line.Cells;
        problem = null;
        if (c.Length != 9) { problem = $"expected 9 cells ({OpcodesHeader}), found {c.Length}"; return null; }
        if (!c[0].StartsWith("0x", StringComparison.Ordinal) || !int.TryParse(c[0].Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code) || code > 0xff)
        { problem = $"opcode '{c[0]}' is not a byte written as 0x00..0xff"; return null; }
        var duplicate = earlier.FirstOrDefault(o => o.Code == code);
        if (duplicate is not null) { problem = $"opcode {c[0]} is already defined as {duplicate.Mnemonic} on line {duplicate.Line}"; return null; }
        string mnemonic = c[1];
        if (!IsIdentifier(mnemonic) || mnemonic.ToUpperInvariant() != mnemonic) { problem = $"mnemonic '{mnemonic}' must be an upper-case identifier"; return null; }
        if (!TryInt(c[2], out int inputs) || inputs > 17) { problem = $"inputs '{c[2]}' must be a number of stack items (0-17)"; return null; }
        if (!TryInt(c[3], out int outputs) || outputs > 17) { problem = $"outputs '{c[3]}' must be a number of stack items (0-17)"; return null; }
        if (!TryInt(c[4], out int gas) || gas > ushort.MaxValue) { problem = $"gas '{c[4]}' must be a number 0-65535"; return null; }
        int since = forks.FindIndex(f => f.Name == c[5]);
        if (since < 0) { problem = $"unknown fork '{c[5]}'"; return null; }

        var changes = new List<GasChange>();
        int lastFork = since;
        foreach (var change in Words(c[6]))
        {
            int colon = change.IndexOf(':');
            string forkName = colon < 0 ? change : change.Substring(0, colon);
            int fork = forks.FindIndex(f => f.Name == forkName);
            if (colon < 0 || fork < 0 || !TryInt(change.Substring(colon + 1), out int changed) || changed > ushort.MaxValue)
            { problem = $"gas change '{change}' must be Fork:gas with a known fork"; return null; }
            if (fork <= lastFork) { problem = $"gas change '{change}' must name a fork after {forks[lastFork].Name}"; return null; }
            lastFork = fork;
            changes.Add(new GasChange(forkName, changed));
        }

        var shape = HandlerShape.Frame;
        bool hot = false, terminating = false, writes = false, jump = false, readsGas = false;
        foreach (var flag in Words(c[7]))
        {
            switch (flag)
            {
                case "pure": shape = HandlerShape.Pure; break;
                case "locals": shape = HandlerShape.Locals; break;
                case "push": shape = HandlerShape.Push; break;
                case "dup": shape = HandlerShape.Dup; break;
                case "swap": shape = HandlerShape.Swap; break;
                case "hot": hot = true; break;
                case "terminating": terminating = true; break;
                case "writes-state": writes = true; break;
                case "jump": jump = true; break;
                case "reads-gas": readsGas = true; break;
                default: problem = $"unknown flag '{flag}' (known: pure locals push dup swap hot terminating writes-state jump reads-gas)"; return null;
            }
        }

        int n = 0;
        if (shape is HandlerShape.Push or HandlerShape.Dup or HandlerShape.Swap)
        {
            string prefix = shape.ToString().ToUpperInvariant();
            int max = shape == HandlerShape.Push ? 32 : 16;
            if (!mnemonic.StartsWith(prefix, StringComparison.Ordinal) || !TryInt(mnemonic.Substring(prefix.Length), out n) || n < 1 || n > max)
            { problem = $"a {prefix.ToLowerInvariant()} opcode must be named {prefix}1..{prefix}{max}, not '{mnemonic}'"; return null; }
            int expectedIn = shape switch { HandlerShape.Dup => n, HandlerShape.Swap => n + 1, _ => 0 };
            int expectedOut = shape switch { HandlerShape.Dup => n + 1, HandlerShape.Swap => n + 1, _ => 1 };
            if (inputs != expectedIn || outputs != expectedOut)
            { problem = $"{mnemonic} takes {expectedIn} and leaves {expectedOut} stack items, not {inputs} and {outputs}"; return null; }
        }

        var handler = c[8].Split('.');
        if (handler.Length != 2 || !IsIdentifier(handler[0]) || !IsIdentifier(handler[1]))
        { problem = $"handler '{c[8]}' must be Family.Method"; return null; }

        return new OpcodeModel(code, mnemonic, inputs, outputs, gas, forks[since].Name, changes.ToEquatableArray(),
            shape, hot, terminating, writes, jump, readsGas, handler[0], handler[1], line.Number) { N = n };
    }

    private static IEnumerable<string> Words(string cell) =>
        cell.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool IsIdentifier(string text) =>
        text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_') && text.All(ch => char.IsLetterOrDigit(ch) || ch == '_');
}
