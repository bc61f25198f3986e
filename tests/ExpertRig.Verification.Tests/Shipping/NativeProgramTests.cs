using System.Diagnostics;
using System.Text;

namespace ExpertRig.Verification.Tests.Shipping;

/// <summary>
/// The linux-x64 tool is a Native AOT binary; the portable tool runs the same code on the JIT. Both must answer every
/// command with the same bytes and exit code. <c>.ci/run</c> installs the packed native tool and names it in
/// <c>EXPERTRIG_PROGRAM</c> (every test that launches the real program then runs it); these tests run each command
/// and every example profile through it and through the portable <c>expertrig.dll</c> built beside the tests, and
/// compare. Outside CI, without <c>EXPERTRIG_PROGRAM</c>, they are skipped.
/// </summary>
public sealed class NativeProgramTests
{
    public static TheoryData<string> Examples => [.. Directory.GetFiles(Repository.Path("docs", "examples"), "*.yaml")
        .Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Commands =>
    [
        "--version",
        "--help",
        "rules",
        "rules --format json",
        "catalog",
        "catalog --format json",
        "catalog gpus",
        "catalog models --format json",
        "catalog quants --format json",
        "predict --model llama-3-70b --quant Q4_K_M --gpu rtx-3090 --gpus 2",
        "predict --model llama-3-70b --quant Q4_K_M --gpu rtx-3090 --gpus 2 --format json",
        "check --build docs/examples/builds/dual-3090.yaml --profile docs/examples/typical.yaml",
        "check --build docs/examples/builds/dual-3090.yaml --profile docs/examples/typical.yaml --format json",
        "explain --profile docs/examples/typical.yaml --rule feasible-build",
        "explain --profile docs/examples/typical.yaml --format json",
        "frontier --profile docs/examples/typical.yaml",
        "frontier --profile docs/examples/typical.yaml --format json",
        "recommend --profile docs/examples/typical.yaml --format json",
        "recommend --profile docs/examples/no-such-profile.yaml",
        "predict --model no-such-model --quant Q4_K_M --gpu rtx-3090",
    ];

    [NativeProgramTheory]
    [MemberData(nameof(Commands))]
    public void EveryCommand_AnswersTheSame_NativeAndPortable(string command) =>
        Compare(command.Split(' '));

    [NativeProgramTheory]
    [MemberData(nameof(Examples))]
    public void EveryExampleReport_IsByteIdentical_NativeAndPortable(string example) =>
        Compare(["recommend", "--profile", $"docs/examples/{example}"]);

    private static void Compare(string[] arguments)
    {
        var native = Run([RealProgram.Command[0]], arguments);
        var portable = Run(["dotnet", Path.Combine(AppContext.BaseDirectory, "expertrig.dll")], arguments);

        native.ExitCode.ShouldBe(portable.ExitCode, string.Join(' ', arguments));
        native.Output.ShouldBe(portable.Output, string.Join(' ', arguments));
        native.Error.ShouldBe(portable.Error, string.Join(' ', arguments));
        (portable.Output.Length + portable.Error.Length).ShouldBeGreaterThan(0);
    }

    private static (int ExitCode, string Output, string Error) Run(string[] command, string[] arguments)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Repository.Root,
        };
        foreach (var word in command.Skip(1).Concat(arguments))
        {
            start.ArgumentList.Add(word);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000).ShouldBeTrue($"{string.Join(' ', arguments)} did not finish in 2 minutes");
        return (process.ExitCode, output.Result, error.Result);
    }
}

/// <summary>Runs the test when <c>EXPERTRIG_PROGRAM</c> names the installed tool (always under CI, which sets it).</summary>
public sealed class NativeProgramTheoryAttribute : TheoryAttribute
{
    public NativeProgramTheoryAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(RealProgram.ProgramVariable))
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "EXPERTRIG_PROGRAM is not set: .ci/run installs the native linux-x64 tool and names it there";
        }
    }
}
