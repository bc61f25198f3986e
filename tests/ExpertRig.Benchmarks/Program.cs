using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/ExpertRig.Benchmarks -- --filter '*'   (BenchmarkDotNet)
// dotnet run -c Release --project tests/ExpertRig.Benchmarks -- --quick        (a timed harness, seconds)
// dotnet run -c Release --project tests/ExpertRig.Benchmarks -- --soak typical|sweep <rounds> (a loop to profile)
// dotnet run -c Release --project tests/ExpertRig.Benchmarks -- --breakdown typical|sweep <rounds> (where the time goes)
// dotnet run -c Release --project tests/ExpertRig.Benchmarks -- --sweep <profiles> [passes]  (the sweep figures alone, with CPU time; the best of passes)
// dotnet run -c Release --project tests/ExpertRig.Benchmarks -- --dump <profiles> <file>  (journals, findings, predictions: diff two builds)
// dotnet run -c Release --project tests/ExpertRig.Benchmarks -- --allocs <rounds> [sessions]  (the sweep's allocations by type, sampled)
// dotnet run -c Release --project tests/ExpertRig.Benchmarks -- --compare      (ExpertRig vs NRules 1.0.4, timed)
// dotnet run -c Release --project tests/ExpertRig.Benchmarks -- --startup <expertrig binary> [profile] [rounds] [previous release's binary]
if (args is ["--startup", var binary, ..])
{
    return ExpertRig.Benchmarks.StartupTimings.Run(
        Path.GetFullPath(binary),
        Path.GetFullPath(args.Length > 2 ? args[2] : "docs/examples/typical.yaml"),
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 10,
        args.Length > 4 ? Path.GetFullPath(args[4]) : null);
}

if (args is ["--allocs", var allocRounds, ..])
{
    // Which types the sweep allocates (sampled): where the bytes per consultation go; "--allocs <n> sessions": a new
    // session's own bytes.
    ExpertRig.Benchmarks.AllocationTypes.Run(int.Parse(allocRounds, System.Globalization.CultureInfo.InvariantCulture), args is [_, _, "sessions"]);
    return 0;
}

if (args is ["--compare"])
{
    ExpertRig.Benchmarks.Comparison.QuickComparison.Run();
    return 0;
}

if (args is ["--soak", var what, var rounds])
{
    // A steady loop for a sampling profiler (dotnet-trace): "typical" consults typical.yaml, "sweep" the sweep's profiles.
    ExpertRig.Benchmarks.EngineFigures.Soak(what, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["--breakdown", var subject, var times])
{
    // Where a consultation's time goes (composer, matcher, each rule's actions), for typical.yaml or the sweep.
    ExpertRig.Benchmarks.Breakdown.Run(subject, int.Parse(times, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["--sweep", var count, ..])
{
    // The single-thread sweep figures alone (wall and CPU time, bytes allocated), for a quick before/after; with a
    // number of passes, also the fastest pass's CPU rate (the steadiest figure on a loaded machine).
    ExpertRig.Benchmarks.EngineFigures.SweepOnly(
        int.Parse(count, System.Globalization.CultureInfo.InvariantCulture),
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1);
    return 0;
}

if (args is ["--dump", var dumpCount, var dumpFile])
{
    // A differential check between two builds of the engine: for typical.yaml and the sweep's first profiles, every
    // firing (in order, with its facts), every finding and every prediction with its assumption texts, one per line.
    var dumpAdvisor = ExpertRig.Advisor.Advisor.Default;
    using var writer = new StreamWriter(dumpFile);
    var dumpProfiles = ExpertRig.Benchmarks.EngineFigures.Sweep(int.Parse(dumpCount, System.Globalization.CultureInfo.InvariantCulture));
    dumpProfiles.Insert(0, dumpAdvisor.ProfileLoader.Load(ExpertRig.Benchmarks.QuickTimings.TypicalProfile));
    foreach (var dumpProfile in dumpProfiles)
    {
        var c = dumpAdvisor.Consult(dumpProfile);
        writer.WriteLine("== profile");
        foreach (var r in c.Session.Journal)
        {
            writer.WriteLine(r.Sequence + " " + r.Rule.Name + " | " + string.Join("; ", r.Facts.Select(f => f.ToString())));
        }

        foreach (var f in c.Session.Query<ExpertRig.Domain.Facts.Finding>())
        {
            writer.WriteLine("F " + f.Rule + " " + f.Kind + " " + f.Text);
        }

        foreach (var p in c.Session.Query<ExpertRig.Domain.Facts.WorkloadPrediction>())
        {
            writer.WriteLine("P " + p.Build.Archetype + " " + p.Quant.Id + " " + p.DecodePerUser.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " " + string.Join(" / ", p.Estimate.Assumptions.Select(a => a.Text + " [" + a.Source + "]")));
        }
    }

    return 0;
}

if (args is ["--quick"])
{
    ExpertRig.Benchmarks.QuickTimings.Run();
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ExpertRig.Benchmarks.EngineBenchmarks).Assembly).Run(args);
return 0;
