using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/ExpertRig.Benchmarks -- --filter '*'   (BenchmarkDotNet)
// dotnet run -c Release --project tests/ExpertRig.Benchmarks -- --quick        (a timed harness, seconds)
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

if (args is ["--compare"])
{
    ExpertRig.Benchmarks.Comparison.QuickComparison.Run();
    return 0;
}

if (args is ["--quick"])
{
    ExpertRig.Benchmarks.QuickTimings.Run();
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ExpertRig.Benchmarks.EngineBenchmarks).Assembly).Run(args);
return 0;
