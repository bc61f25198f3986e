using System.Diagnostics;
using ExpertRig.Verification.Tests.Support;

namespace ExpertRig.Verification.Tests.BadInput;

/// <summary>
/// The hostile inputs of the second reliability review (issue 16), each through the real program: odd files as
/// input and output, nested and flooded YAML, conflicting builds, infinite numbers, terminal escapes in values and
/// response files. Each is exit 2 with one line on stderr, in well under the 60 s limit, and harms no file.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("expertrig-hostile-").FullName;

    private static string Typical => Repository.Example("typical.yaml");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Output_ToADevice_IsRefused_AndTheDeviceStays()
    {
        CliProcess.Run("recommend", "--profile", Typical, "--output", "/dev/null").ShouldBeBadInput()
            .ShouldBe("expertrig: --output: '/dev/null' is a character device, not a regular file; ExpertRig writes only regular files");

        Shell("stat", "-c", "%F", "/dev/null").ShouldBe("character special file");
    }

    [Fact]
    public void Output_ToAFifo_IsRefused()
    {
        var fifo = Fifo("out.md");

        Recommend("--output", fifo).ShouldContain("is a named pipe (FIFO), not a regular file");
        Shell("stat", "-c", "%F", fifo).ShouldBe("fifo");
    }

    [Fact]
    public void Output_ThroughASymbolicLink_ReplacesTheTarget_KeepingTheLinkAndTheMode()
    {
        var target = Write("target.md", "old");
        Shell("chmod", "600", target);
        Shell("chown", "1234:1234", target);
        var link = Path.Combine(folder, "link.md");
        File.CreateSymbolicLink(link, target);

        var result = CliProcess.Run("recommend", "--profile", Typical, "--output", link);

        result.ExitCode.ShouldBe(0, result.Error);
        new FileInfo(link).LinkTarget.ShouldBe(target);
        File.ReadAllText(target).ShouldStartWith("# ExpertRig report");
        Shell("stat", "-c", "%a %u:%g", target).ShouldBe("600 1234:1234");
        Directory.GetFiles(folder, ".*").ShouldBeEmpty();
    }

    [Fact]
    public void Output_ToAHardLinkedFile_IsRefused_AndTheLinksStayJoined()
    {
        var first = Write("first.md", "old");
        var second = Path.Combine(folder, "second.md");
        Shell("ln", first, second);

        Recommend("--output", second).ShouldContain("has 2 hard links; replacing it would split them");
        Shell("stat", "-c", "%h", first).ShouldBe("2");
    }

    [Fact]
    public void Output_ToAReadOnlyFile_IsRefused_AndItStays()
    {
        var target = Write("readonly.md", "keep me");
        Shell("chmod", "444", target);

        Recommend("--output", target).ShouldContain("is read-only");
        File.ReadAllText(target).ShouldBe("keep me");
    }

    [Fact]
    public void Output_NeverFollowsAPlantedTemporaryFile()
    {
        // The old temporary name was .NAME.PID.tmp: links planted for the next PIDs caught the report.
        var victim = Write("victim", "untouched");
        var next = Process.GetCurrentProcess().Id;
        for (var pid = next; pid < next + 400; pid++)
        {
            File.CreateSymbolicLink(Path.Combine(folder, $".report.md.{pid}.tmp"), victim);
        }

        var result = CliProcess.Run("recommend", "--profile", Typical, "--output", Path.Combine(folder, "report.md"));

        result.ExitCode.ShouldBe(0, result.Error);
        File.ReadAllText(victim).ShouldBe("untouched");
        Directory.GetFiles(folder, ".expertrig-*").ShouldBeEmpty();
    }

    [Fact]
    public void Output_EqualToTheProfile_IsRefused_AndTheProfileStays()
    {
        var profile = Write("p.yaml", File.ReadAllText(Typical));
        var link = Path.Combine(folder, "alias.yaml");
        File.CreateSymbolicLink(link, profile);

        CliProcess.Run("recommend", "--profile", profile, "--output", profile).ShouldBeBadInput()
            .ShouldContain("is also the --profile input; write to another file");
        CliProcess.Run("recommend", "--profile", link, "--output", Path.Combine(folder, ".", "p.yaml")).ShouldBeBadInput()
            .ShouldContain("is also the --profile input");
        File.ReadAllText(profile).ShouldBe(File.ReadAllText(Typical));
    }

    [Fact]
    public void Output_EqualToTheTemplate_IsRefused()
    {
        var template = Write("t.sbn", "# {{ builds.size }}\n");

        Recommend("--template", template, "--output", template).ShouldContain("is also the --template input");
        File.ReadAllText(template).ShouldBe("# {{ builds.size }}\n");
    }

    [Theory]
    [InlineData("")]
    [InlineData("dir/")]
    public void Output_WithoutAFileName_IsRefused(string path) =>
        Recommend("--output", path).ShouldStartWith("expertrig: --output: ");

    [Fact]
    public void Output_WithALongName_IsWritten_AndOneTooLong_IsRefused()
    {
        // The old temporary name added the PID to the target's name, so a 244-character name failed as an internal error.
        var longest = Path.Combine(folder, new string('r', 252) + ".md");
        var result = CliProcess.Run("recommend", "--profile", Typical, "--output", longest);

        result.ExitCode.ShouldBe(0, result.Error);
        Directory.GetFiles(folder).ShouldBe([longest]);
        Recommend("--output", Path.Combine(folder, new string('r', 256))).ShouldContain("has a file name of 256 bytes; file systems allow at most 255");
    }

    [Fact]
    public void Template_Empty_IsRefused() =>
        Recommend("--template", "").ShouldBe("expertrig: --template: no file name given");

    [Fact]
    public void Template_WithANameTooLong_IsRefused() =>
        Recommend("--template", Path.Combine(folder, new string('t', 300))).ShouldContain("no such template file");

    [Fact]
    public void Build_NestedSixtyThousandDeep_IsOneLine() =>
        Check(Write("d.yaml", "gpu: " + new string('[', 60_000) + new string(']', 60_000) + "\n"))
            .ShouldContain("d.yaml:1:9: the YAML is nested more than 4 levels deep");

    [Theory]
    [InlineData("--build")]
    [InlineData("--profile")]
    public void Devices_AsInput_AreRefusedAtOnce(string option)
    {
        var watch = Stopwatch.StartNew();

        var line = option == "--build"
            ? Check("/dev/zero")
            : CliProcess.Run("recommend", "--profile", "/dev/zero").ShouldBeBadInput();

        line.ShouldContain("is a character device, not a regular file");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Template_FromADevice_IsRefused() =>
        Recommend("--template", "/dev/zero").ShouldContain("is a character device, not a regular file");

    [Theory]
    [InlineData("[gpu]: rtx-3090\n", "a key must be a plain word")]
    [InlineData("? [a, b]\n: rtx-3090\n", "a key must be a plain word")]
    [InlineData("system: mac-studio-m3-ultra-96gb\ngpu: rtx-3090\n", "give either 'gpu' (a PC build) or 'system'")]
    [InlineData("system: mac-studio-m3-ultra-96gb\ngpu_count: 2\n", "'gpu_count' is part of a PC build")]
    [InlineData("gpu: rtx-3090\n---\ngpu: rtx-4090\n", "more than one YAML document")]
    [InlineData("gpu: rtx-3090\ncpu: \0\n", "NUL bytes")]
    [InlineData("gpu: rtx-3090\ngpu: rtx-4090\n", "appears twice")]
    public void Build_ConflictingOrMalformed_IsOneLine(string yaml, string expected) =>
        Check(Write("k.yaml", yaml)).ShouldContain(expected);

    [Fact]
    public void Build_WithFiveThousandDrives_IsRefused() =>
        Check(Write("drives.yaml", "gpu: rtx-3090\nstorage: [" + string.Join(", ", Enumerable.Repeat("samsung-990-pro-2tb", 5000)) + "]\n"))
            .ShouldContain("storage: 5000 entries; a build has at most 16");

    [Fact]
    public void Build_ASymbolicLinkLoop_IsOneLine()
    {
        var a = Path.Combine(folder, "a.yaml");
        var b = Path.Combine(folder, "b.yaml");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);

        Check(a).ShouldContain("a loop of symbolic links");
    }

    [Theory]
    [InlineData("--memory-gb", "Infinity")]
    [InlineData("--memory-gb", "NaN")]
    [InlineData("--bandwidth-gbs", "-Infinity")]
    [InlineData("--bandwidth-gbs", "∞")]
    [InlineData("--fp16-tflops", "NaN")]
    [InlineData("--system-ram-gb", "NaN")]
    [InlineData("--ram-bandwidth-gbs", "Infinity")]
    public void Predict_RefusesNonFiniteNumbers_NamingTheOption(string option, string value)
    {
        string[] custom = ["--bandwidth-gbs", "800", "--memory-gb", "44"];
        var args = new List<string> { "predict", "--model", "llama-3-8b", "--quant", "Q4_K_M", "--format", "json" };
        args.AddRange(custom.Chunk(2).Where(pair => pair[0] != option).SelectMany(pair => pair));
        args.AddRange([option, value]);

        CliProcess.Run([.. args]).ShouldBeBadInput().ShouldStartWith($"expertrig: {option}: ");
    }

    [Fact]
    public void Check_EscapesTerminalControls_AndCutsLongValues()
    {
        var escapes = Check(Write("esc.yaml", "gpu: \"\\e[31mRED\\e[0m\\a\\u202E\"\n"));
        var huge = Check(Write("huge.yaml", "gpu: " + new string('x', 1_000_000) + "\n"));

        escapes.ShouldNotContain('\u001B');
        escapes.ShouldNotContain('\u0007');
        escapes.ShouldNotContain('\u202E');
        escapes.ShouldContain("\\u001B[31mRED");
        huge.Length.ShouldBeLessThan(400);
    }

    [Theory]
    [InlineData("--profile")]
    [InlineData("--build")]
    [InlineData("--template")]
    [InlineData("--model-file")]
    [InlineData("--prices")]
    public void Fifos_AsInput_AreRefused_WithoutWaiting(string option)
    {
        var fifo = Fifo("f.yaml");

        var line = option switch
        {
            "--profile" => CliProcess.Run("recommend", "--profile", fifo).ShouldBeBadInput(),
            "--build" => Check(fifo),
            "--model-file" => CliProcess.Run("predict", "--model-file", fifo, "--gpu", "rtx-4090").ShouldBeBadInput(),
            "--prices" => Recommend("--prices", fifo),
            _ => Recommend("--template", fifo),
        };

        line.ShouldContain("is a named pipe (FIFO), not a regular file");
    }

    [Fact]
    public void Fifo_AsATemplateInclude_IsRefused_WithoutWaiting()
    {
        var template = Write("main.sbn", "{{ include 'part.sbn' }}\n");
        Fifo("part.sbn");

        Recommend("--template", template).ShouldContain("is a named pipe (FIFO), not a regular file");
    }

    [Fact]
    public void ResponseFiles_AreOff()
    {
        var secret = Write("secret.txt", "hunter2-secret\n");

        var result = CliProcess.Run("recommend", "@" + secret);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldNotContain("hunter2-secret");
        result.Output.ShouldNotContain("hunter2-secret");
    }

    private string Recommend(params string[] extra)
    {
        var report = Path.Combine(folder, "report.md");
        var line = CliProcess.Run(["recommend", "--profile", Typical, .. extra]).ShouldBeBadInput();
        Directory.GetFiles(folder, ".expertrig-*").ShouldBeEmpty();
        if (!extra.Contains(report))
        {
            File.Exists(report).ShouldBeFalse();
        }

        return line;
    }

    private static string Check(string build) => CliProcess.Run("check", "--build", build).ShouldBeBadInput();

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Fifo(string name)
    {
        var path = Path.Combine(folder, name);
        Shell("mkfifo", path);
        return path;
    }

    private static string Shell(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
