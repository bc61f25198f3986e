using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using ExpertRig.Verification.Tests.Support;

namespace ExpertRig.Verification.Tests.Shipping;

/// <summary>
/// <c>dotnet pack</c> makes a .NET tool that installs as <c>expertrig</c> and carries the catalog and the report
/// templates: installed into a temporary tool path and run from a folder with neither, it writes a report. On
/// linux-x64 the installed tool is the ReadyToRun package (start-up); other platforms get the portable one.
/// Slow (a Release build and an install); filter it out with <c>--filter Category!=Packaging</c>. When
/// <c>EXPERTRIG_CI_PACKAGES</c> names a folder holding the packages (.ci/run packs once, there), they are installed
/// from it instead of packing again.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class ToolPackageTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("expertrig-tool-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void PackedTool_Installs_AndRecommendsFromAnyFolder()
    {
        var packages = PackedByCi() ?? Path.Combine(folder, "packages");
        var tools = Path.Combine(folder, "tools");
        var elsewhere = Directory.CreateDirectory(Path.Combine(folder, "elsewhere")).FullName;

        if (packages.StartsWith(folder, StringComparison.Ordinal))
        {
            Run("dotnet", Repository.Root, "pack", Repository.Path("src", "ExpertRig.Cli"), "-c", "Release", "-o", packages);
        }

        Directory.GetFiles(packages, "ExpertRig.*.nupkg")
            .Select(file => Regex.Replace(Path.GetFileName(file), @"\.\d+\.\d+\.\d+\.nupkg$", ""))
            .Order().ShouldBe(["ExpertRig", "ExpertRig.any", "ExpertRig.linux-x64"]);
        Run("dotnet", elsewhere, "tool", "install", "--tool-path", tools, "--add-source", packages, "ExpertRig");

        var expertrig = Path.Combine(tools, "expertrig");
        Run(expertrig, elsewhere, "--version").ShouldStartWith("0.");
        var profile = Path.Combine(elsewhere, "typical.yaml");
        File.Copy(Repository.Example("typical.yaml"), profile);
        Run(expertrig, elsewhere, "recommend", "--profile", profile, "--output", Path.Combine(elsewhere, "report.md"));

        File.ReadAllText(Path.Combine(elsewhere, "report.md")).ShouldStartWith("# ExpertRig report");
        Directory.GetFiles(tools, "gpus.yaml", SearchOption.AllDirectories).ShouldNotBeEmpty();
        Directory.GetFiles(tools, "report.md.sbn", SearchOption.AllDirectories).ShouldNotBeEmpty();
        if (RuntimeInformation.RuntimeIdentifier == "linux-x64")
        {
            var installed = Directory.GetFiles(tools, "ExpertRig.Domain.dll", SearchOption.AllDirectories).Single();
            IsReadyToRun(installed).ShouldBeTrue($"{installed} should be precompiled (ReadyToRun)");
        }
    }

    private static string? PackedByCi() =>
        Environment.GetEnvironmentVariable("EXPERTRIG_CI_PACKAGES") is { Length: > 0 } packed
        && Directory.Exists(packed) && Directory.GetFiles(packed, "ExpertRig.*.nupkg").Length > 0
            ? packed
            : null;

    // A ReadyToRun image carries a managed native header in its CLI header; an IL-only assembly does not.
    private static bool IsReadyToRun(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static string Run(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(300_000).ShouldBeTrue($"{program} {string.Join(' ', args)} did not finish in 5 minutes");
        process.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', args)}: {output.Result}{error.Result}");
        return output.Result;
    }
}
