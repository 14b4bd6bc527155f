namespace Csevm.Spec;

/// <summary>Code to run once the runtime revision is known as a type: see <c>Forks.Dispatch</c>.</summary>
public interface IForkVisitor<out TResult>
{
    TResult Visit<TFork>() where TFork : struct, IFork;
}
