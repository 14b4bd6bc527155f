using Csevm.Execution;
using Csevm.Spec;

namespace Csevm.Interpreter.Instructions;

/// <summary>
/// How the loop reaches handlers for one fork and host. The table and the switches are generated
/// from Spec/opcodes.csv (Dispatch.g.cs); this part holds what the generator refers to.
/// </summary>
internal static unsafe partial class Dispatch<TFork, THost>
    where TFork : struct, IFork
    where THost : struct, IHost
{
    /// <summary>The handler of every byte the fork does not define.</summary>
    private static ExecutionStatus Undefined(Frame<THost> f) => ExecutionStatus.UndefinedInstruction;
}
