using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ExpertRig.Cli.Commands;

/// <summary>
/// The help of every command: System.CommandLine's, wrapped at <see cref="Width"/> columns, followed by the command's
/// examples. The examples live here rather than in the description so the root's command list stays one line each.
/// </summary>
internal sealed class HelpWithExamples : SynchronousCommandLineAction
{
    /// <summary>The widest line any help prints.</summary>
    public const int Width = 100;

    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        ["expertrig"] =
        [
            "expertrig recommend --profile docs/examples/typical.yaml --output report.md",
            "expertrig wizard",
        ],
        ["recommend"] =
        [
            "expertrig recommend --profile docs/examples/typical.yaml --output report.md",
            "expertrig recommend --profile docs/examples/typical.yaml --output report.md --audit audit.md",
            "expertrig recommend --profile docs/examples/typical.yaml --format json --output builds.json",
        ],
        ["frontier"] =
        [
            "expertrig frontier --profile docs/examples/typical.yaml",
            "expertrig frontier --profile docs/examples/typical.yaml --format json",
        ],
        ["explain"] =
        [
            "expertrig explain --profile docs/examples/typical.yaml",
            "expertrig explain --profile docs/examples/typical.yaml --rule feasible-build",
            "expertrig explain --profile docs/examples/typical.yaml --rule vllm-launch --verbose",
        ],
        ["check"] = ["expertrig check --build docs/examples/builds/dual-3090.yaml --profile docs/examples/typical.yaml"],
        ["predict"] =
        [
            "expertrig predict --model llama-3-70b --quant Q4_K_M --gpu rtx-3090 --gpus 2",
            "expertrig predict --model qwen-2.5-32b --quant Q8_0 --bandwidth-gbs 273 --memory-gb 128 --unified",
        ],
        ["catalog"] = ["expertrig catalog models", "expertrig catalog gpus --format json"],
        ["rules"] = ["expertrig rules", "expertrig rules --format json"],
        ["wizard"] = ["expertrig wizard", "expertrig wizard --profile docs/examples/typical.yaml --output report.md"],
    };

    private readonly HelpAction help = new() { MaxWidth = Width };

    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <summary>Gives every command of <paramref name="root"/> this help (the help option is shared by all).</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Action = new HelpWithExamples();
        }
    }

    /// <summary>The examples shown under a command's help (empty for a command without any).</summary>
    public static IReadOnlyList<string> For(string command) => Examples.TryGetValue(command, out var lines) ? lines : [];

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        // The wrapped help keeps the space it broke a line at; rendered to a buffer first, each line is trimmed so no
        // line is wider than Width.
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        var buffer = new StringWriter();
        int code;
        configuration.Output = buffer;
        try
        {
            code = help.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }

        foreach (var line in buffer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            output.WriteLine(line.TrimEnd());
        }

        output.WriteLine();
        var command = parseResult.CommandResult.Command;
        var examples = For(command is RootCommand ? "expertrig" : command.Name);
        if (examples.Count > 0)
        {
            output.WriteLine(examples.Count == 1 ? "Example:" : "Examples:");
            foreach (var example in examples)
            {
                output.WriteLine("  " + example);
            }

            output.WriteLine();
        }

        return code;
    }
}
