using System.Diagnostics;
using ExpertRig.Cli.Output;

namespace ExpertRig.Cli.Tests.Output;

/// <summary>
/// The one file writer of the CLI and the wizard: a replaced file keeps its permissions, the temporary file has an
/// unpredictable name and never outlives the write, and inputs are never overwritten.
/// </summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("expertrig-atomic-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Replaces_ARegularFile_KeepingItsPermissions()
    {
        var target = Path.Combine(folder, "report.md");
        File.WriteAllText(target, "old");
        Shell("chmod", "640", target);

        AtomicFile.Write(target, "new");

        File.ReadAllText(target).ShouldBe("new");
        Shell("stat", "-c", "%a", target).ShouldBe("640");
        Directory.GetFiles(folder).ShouldBe([target]);
    }

    [Fact]
    public void Creates_ANewFile_WithTheUsualMode_NotThePrivateTemporaryOne()
    {
        var target = Path.Combine(folder, "new.md");

        AtomicFile.Write(target, "text");

        File.ReadAllText(target).ShouldBe("text");
        (Convert.ToInt32(Shell("stat", "-c", "%a", target), 8) & 0b000_100_100).ShouldNotBe(0, "a new report is readable as any new file is (0666 less the umask)");
    }

    [Fact]
    public void Refuses_AnInput_NamedByAnotherSpelling()
    {
        var profile = Path.Combine(folder, "p.yaml");
        File.WriteAllText(profile, "budget_usd: 1\n");

        Should.Throw<CliException>(() => AtomicFile.Write(Path.Combine(folder, "..", Path.GetFileName(folder), "p.yaml"), "x", "--output", [new("--profile", profile)]))
            .Message.ShouldBe($"--output: '{Path.Combine(folder, "..", Path.GetFileName(folder), "p.yaml")}' is also the --profile input; write to another file");
        File.ReadAllText(profile).ShouldBe("budget_usd: 1\n");
    }

    [Fact]
    public void Leaves_NoTemporaryFile_WhenTheWriteFails()
    {
        var target = Path.Combine(folder, "sub");
        Directory.CreateDirectory(target);

        Should.Throw<CliException>(() => AtomicFile.Write(target, "x")).Message.ShouldContain("is a directory");
        Directory.GetFiles(folder).ShouldBeEmpty();
    }

    [Fact]
    public void Signals_RemoveTheTemporaryFiles_UnderWay()
    {
        // What the SIGINT/SIGTERM handler does, without sending the test runner a signal.
        var temporary = Path.Combine(folder, ".expertrig-0123456789abcdef.tmp");
        using var tracked = TemporaryFiles.Track(temporary);
        File.WriteAllText(temporary, "half a report");

        TemporaryFiles.RemoveAll();

        File.Exists(temporary).ShouldBeFalse();
        TemporaryFiles.Tracked.ShouldNotContain(temporary);
    }

    private static string Shell(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }
}
