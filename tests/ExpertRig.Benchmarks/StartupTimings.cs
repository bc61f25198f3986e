using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ExpertRig.Benchmarks;

/// <summary>
/// The start-up targets (issues 7 and 17), measured as a user sees it: a cold <c>expertrig recommend</c> of a profile
/// (process start to report written) against a cold <c>expertrig --version</c> of the same binary and, when given, the
/// same <c>recommend</c> of the previous release's binary, alternating them in one session so that machine load hits
/// all alike. Prints each run's wall-clock milliseconds, the medians and their ratios, and (on Linux) the CPU time each
/// run used, which another load on the machine disturbs far less. Targets (issue 17): recommend ≤ 3× --version of the
/// same binary, and ≤ 0.25× the previous release's recommend.
/// </summary>
internal static class StartupTimings
{
    public static int Run(string binary, string profile, int rounds, string? previous = null)
    {
        foreach (var program in new[] { binary, previous }.OfType<string>())
        {
            if (!File.Exists(program))
            {
                Console.Error.WriteLine($"startup: no such binary '{program}' (publish src/ExpertRig.Cli first)");
                return 2;
            }
        }

        var report = Path.Combine(Path.GetTempPath(), $"expertrig-startup-{Environment.ProcessId}.md");
        string[] recommendArguments = ["recommend", "--profile", profile, "--output", report];
        var version = new List<Sample>();
        var recommend = new List<Sample>();
        var before = new List<Sample>();
        try
        {
            // One warm-up of each, so the first round does not pay for the page cache.
            Time(binary, ["--version"]);
            Time(binary, recommendArguments);
            if (previous is not null)
            {
                Time(previous, recommendArguments);
            }

            for (var round = 0; round < rounds; round++)
            {
                version.Add(Time(binary, ["--version"]));
                recommend.Add(Time(binary, recommendArguments));
                if (previous is not null)
                {
                    before.Add(Time(previous, recommendArguments));
                }
            }
        }
        finally
        {
            File.Delete(report);
        }

        Console.WriteLine($"binary     {binary}");
        if (previous is not null)
        {
            Console.WriteLine($"previous   {previous}");
        }

        foreach (var (what, pick) in new (string, Func<Sample, double>)[] { ("wall", s => s.WallMs), ("cpu", s => s.CpuMs) })
        {
            if (what == "cpu" && !OperatingSystem.IsLinux())
            {
                continue;
            }

            Console.WriteLine($"--version           {what} ms: {string.Join(' ', version.Select(v => Ms(pick(v))))}");
            Console.WriteLine($"recommend           {what} ms: {string.Join(' ', recommend.Select(r => Ms(pick(r))))}");
            if (previous is not null)
            {
                Console.WriteLine($"previous recommend  {what} ms: {string.Join(' ', before.Select(r => Ms(pick(r))))}");
            }

            var versionMedian = Median(version.Select(pick));
            var recommendMedian = Median(recommend.Select(pick));
            Console.WriteLine(
                $"medians ({what}) --version {Ms(versionMedian)} ms, recommend {Ms(recommendMedian)} ms, " +
                $"ratio {Ratio(recommendMedian / versionMedian)}× (target ≤ 3×)");
            if (previous is not null)
            {
                var beforeMedian = Median(before.Select(pick));
                Console.WriteLine(
                    $"medians ({what}) previous recommend {Ms(beforeMedian)} ms, recommend / previous " +
                    $"{Ratio(recommendMedian / beforeMedian)}× (target ≤ 0.25×)");
            }
        }

        return 0;
    }

    private static string Ratio(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

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
