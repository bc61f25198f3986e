using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ExpertRig.Benchmarks;

/// <summary>
/// Issue 7's start-up target, measured as a user sees it: a cold <c>expertrig recommend</c> of a profile (process
/// start to report written) against a cold <c>expertrig --version</c> of the same binary, alternating the two in one
/// session so that machine load hits both alike. Prints each run's wall-clock milliseconds, the medians and their
/// ratio, and (on Linux) the CPU time each run used, which another load on the machine disturbs far less.
/// </summary>
internal static class StartupTimings
{
    public static int Run(string binary, string profile, int rounds)
    {
        if (!File.Exists(binary))
        {
            Console.Error.WriteLine($"startup: no such binary '{binary}' (build or publish src/ExpertRig.Cli first)");
            return 2;
        }

        var report = Path.Combine(Path.GetTempPath(), $"expertrig-startup-{Environment.ProcessId}.md");
        var version = new List<Sample>();
        var recommend = new List<Sample>();
        try
        {
            Time(binary, ["--version"]);
            Time(binary, ["recommend", "--profile", profile, "--output", report]);
            for (var round = 0; round < rounds; round++)
            {
                version.Add(Time(binary, ["--version"]));
                recommend.Add(Time(binary, ["recommend", "--profile", profile, "--output", report]));
            }
        }
        finally
        {
            File.Delete(report);
        }

        Console.WriteLine($"binary     {binary}");
        Console.WriteLine($"--version  wall ms: {string.Join(' ', version.Select(v => Ms(v.WallMs)))}");
        Console.WriteLine($"recommend  wall ms: {string.Join(' ', recommend.Select(r => Ms(r.WallMs)))}");
        Report("wall", Median(version.Select(v => v.WallMs)), Median(recommend.Select(r => r.WallMs)));
        if (OperatingSystem.IsLinux())
        {
            Console.WriteLine($"--version  cpu ms:  {string.Join(' ', version.Select(v => Ms(v.CpuMs)))}");
            Console.WriteLine($"recommend  cpu ms:  {string.Join(' ', recommend.Select(r => Ms(r.CpuMs)))}");
            Report("cpu", Median(version.Select(v => v.CpuMs)), Median(recommend.Select(r => r.CpuMs)));
        }

        return 0;
    }

    private static void Report(string what, double version, double recommend) => Console.WriteLine(
        $"medians ({what}) --version {Ms(version)} ms, recommend {Ms(recommend)} ms, ratio " +
        $"{(recommend / version).ToString("F1", CultureInfo.InvariantCulture)}× (target ≤ 1.5×)");

    private static Sample Time(string binary, string[] arguments)
    {
        var cpuBefore = ChildrenCpuMs();
        var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{binary} {string.Join(' ', arguments)} exited {process.ExitCode}: {error}{output.Result}");
        }

        return new Sample(clock.Elapsed.TotalMilliseconds, ChildrenCpuMs() - cpuBefore);
    }

    // User + system time of the waited-for children so far (getrusage RUSAGE_CHILDREN); 0 off Linux.
    private static double ChildrenCpuMs()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(-1, out var usage) != 0)
        {
            return 0;
        }

        return ((usage.UserSeconds + usage.SystemSeconds) * 1000.0) + ((usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0);
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, out RUsage usage);

    // struct rusage on 64-bit Linux: two timevals, then fourteen longs.
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NvCsw, NivCsw;
    }

    private sealed record Sample(double WallMs, double CpuMs);

    private static double Median(IEnumerable<double> samples)
    {
        var values = samples.ToList();
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Ms(double value) => value.ToString("F0", CultureInfo.InvariantCulture);
}
