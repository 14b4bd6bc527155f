using Csevm.Cli.Commands;

namespace Csevm.Cli;

/// <summary>The csevm command line: run bytecode, run state tests, benchmark.</summary>
public static class Program
{
    private const string Usage = """
        usage: csevm <command> [options]
          run        run bytecode as a transaction's top-level call (one JSON line)
          statetest  run official state-test fixtures (files, directories, .tar.gz)
          bench      median time and Mgas/s per execution of bytecode (one JSON line)
          help       this text
        """;

    public static int Main(string[] args)
    {
        var stdout = Console.Out;
        var stderr = Console.Error;
        try
        {
            if (args.Length == 0) throw new UsageException("no command given\n" + Usage);
            var rest = args[1..];
            return args[0] switch
            {
                "run" => RunCommand.Execute(rest, stdout, stderr),
                "statetest" => StateTestCommand.Execute(rest, stdout, stderr),
                "bench" => BenchCommand.Execute(rest, stdout, stderr),
                "help" or "--help" or "-h" => Help(stdout),
                _ => throw new UsageException($"unknown command '{args[0]}'\n{Usage}"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"csevm: {e.Message}");
            return 2;
        }
        catch (Exception e)
        {
            // A bug, not bad input: say what happened in one line and fail.
            stderr.WriteLine($"csevm: internal error: {e.GetType().Name}: {e.Message}");
            return 3;
        }
    }

    private static int Help(TextWriter stdout)
    {
        stdout.Write(Usage);
        return 0;
    }
}
