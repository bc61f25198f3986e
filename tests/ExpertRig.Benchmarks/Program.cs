using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/ExpertRig.Benchmarks -- --filter '*'   (BenchmarkDotNet)
// dotnet run -c Release --project tests/ExpertRig.Benchmarks -- --quick        (a timed harness, seconds)
if (args is ["--quick"])
{
    ExpertRig.Benchmarks.QuickTimings.Run();
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ExpertRig.Benchmarks.EngineBenchmarks).Assembly).Run(args);
return 0;
