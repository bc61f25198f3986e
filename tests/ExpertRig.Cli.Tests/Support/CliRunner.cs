namespace ExpertRig.Cli.Tests.Support;

/// <summary>Runs the command line in-process, or as the real built program in a child process.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = ExpertRigCli.Run(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>dotnet expertrig.dll</c> (the real program, beside the test binaries) with a 60 s limit.</summary>
    public static CliResult RunProcess(params string[] args) => RealProgram.Run(args);
}
