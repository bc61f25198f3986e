using System.Diagnostics;
using System.Globalization;

namespace ExpertRig.Benchmarks;

/// <summary>
/// Issue 7's start-up target, measured as a user sees it: a cold <c>expertrig recommend</c> of a profile (process
/// start to report written) against a cold <c>expertrig --version</c> of the same binary, alternating the two in one
/// session so that machine load hits both alike. Prints each run's milliseconds, the medians and their ratio.
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
        var version = new List<double>();
        var recommend = new List<double>();
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
        Console.WriteLine($"--version  ms: {string.Join(' ', version.Select(Ms))}");
        Console.WriteLine($"recommend  ms: {string.Join(' ', recommend.Select(Ms))}");
        var ratio = Median(recommend) / Median(version);
        Console.WriteLine(
            $"medians    --version {Ms(Median(version))} ms, recommend {Ms(Median(recommend))} ms, ratio {ratio.ToString("F1", CultureInfo.InvariantCulture)}× (target ≤ 1.5×)");
        return 0;
    }

    private static double Time(string binary, string[] arguments)
    {
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

        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Ms(double value) => value.ToString("F0", CultureInfo.InvariantCulture);
}
