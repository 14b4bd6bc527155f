using System.Text.RegularExpressions;
using Csevm.Spec;

namespace Csevm.StateTests;

/// <summary>Which vectors a state-test run executes, and on how many threads.</summary>
public sealed record StateTestRunOptions
{
    /// <summary>Only vectors of this fork; the others come back as skipped.</summary>
    public Revision? Fork { get; init; }

    /// <summary>Only tests whose name matches; the others come back as skipped.</summary>
    public Regex? NamePattern { get; init; }

    /// <summary>Files run in parallel on this many threads (default: one per core).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    public bool Selects(StateTest test, StateTestPost post) =>
        (Fork is null || Fork == post.Fork) && (NamePattern is null || NamePattern.IsMatch(test.Name));
}
