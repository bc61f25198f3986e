using System.Diagnostics;
using System.Runtime.InteropServices;
using ExpertRig.Testing;

namespace ExpertRig.Cli.Tests.Output;

/// <summary>
/// Issue 16: SIGINT or SIGTERM to the real program while it writes <c>--output</c> leaves no temporary file and no
/// half-written target: the earlier file stays whole, or no file appears. The signal is sent the moment the
/// program's <c>.expertrig-*.tmp</c> shows up in the folder, while a large report (a template that repeats a line
/// 90,000 times, about 21 MB) is being written and fsynced.
/// </summary>
public sealed class InterruptedWriteTests : IDisposable
{
    private const int Sigint = 2;
    private const int Sigterm = 15;
    private const int Attempts = 5;

    // Under the repository (a disk, not tmpfs), so fsync takes the time a real write does.
    private readonly string folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "interrupted-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(Sigint, true)]
    [InlineData(Sigterm, false)]
    public async Task ASignalDuringTheWrite_LeavesNoTemporaryFile_AndNoHalfWrittenReport(int signal, bool targetExists)
    {
        var template = Path.Combine(folder, "big.sbn");
        // Scriban allows 100,000 loop iterations; 90,000 lines of about 235 bytes make a report of about 21 MB.
        File.WriteAllText(template, "{{ for i in 1..90000 }}line {{ i }}: " + string.Concat(Enumerable.Repeat("a long report line padded with words to about two hundred and forty bytes ", 3)) + "\n{{ end }}");
        var target = Path.Combine(folder, "report.md");
        const string earlier = "# the earlier report\n";

        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            if (targetExists)
            {
                File.WriteAllText(target, earlier);
            }
            else
            {
                File.Delete(target);
            }

            using var program = RealProgram.Start(
                "recommend", "--profile", Repository.Path("docs", "examples", "typical.yaml"), "--template", template, "--output", target);
            var output = program.StandardOutput.ReadToEndAsync();
            var error = program.StandardError.ReadToEndAsync();
            var caught = SignalWhenTheTemporaryFileAppears(program, signal);
            program.WaitForExit(60_000).ShouldBeTrue("the program ends after the signal");
            await output;
            await error;

            Directory.EnumerateFiles(folder, ".expertrig-*.tmp").ShouldBeEmpty($"attempt {attempt}: a temporary file was left");
            if (!caught)
            {
                continue; // The write finished before the signal: try again.
            }

            program.ExitCode.ShouldNotBe(0, "an interrupted program does not report success");
            if (targetExists)
            {
                File.ReadAllText(target).ShouldBe(earlier, "the earlier report stays whole");
            }
            else
            {
                File.Exists(target).ShouldBeFalse("no half-written report appears");
            }

            return;
        }

        Assert.Fail($"in {Attempts} runs the signal never arrived while the temporary file existed");
    }

    // Polls the folder for the program's temporary file and signals the program as soon as it is there; false when
    // the program ended first.
    private bool SignalWhenTheTemporaryFileAppears(Process program, int signal)
    {
        var deadline = Stopwatch.StartNew();
        while (!program.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (Directory.EnumerateFiles(folder, ".expertrig-*.tmp").Any())
            {
                return Kill(program.Id, signal) == 0;
            }

            Thread.SpinWait(200);
        }

        return false;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
