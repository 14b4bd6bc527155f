namespace Csevm.Interpreter;

/// <summary>Why <see cref="EvmInterpreter.Run{TFork, THost, TTracer}"/> returned.</summary>
public enum FrameOutcome
{
    /// <summary>The frame ended: read <see cref="Frame{THost}.Result"/>.</summary>
    Halted,

    /// <summary>
    /// The frame asks for a call or create: run <see cref="Frame{THost}.PendingCall"/>, then
    /// <see cref="Frame{THost}.Resume"/> with its result and run the frame again.
    /// </summary>
    Suspended,
}
