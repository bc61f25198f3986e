using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using ExpertRig.Verification.Tests.Support;

namespace ExpertRig.Verification.Tests.Shipping;

/// <summary>
/// <c>dotnet pack</c> makes a .NET tool that installs as <c>expertrig</c> and carries the catalog and the report
/// templates: installed into a temporary tool path and run from a folder with neither, it writes a report. The
/// linux-x64 package carries a Native AOT binary (start-up; ADR 0002) and the portable <c>any</c> package the IL
/// build, for every other platform; on linux-x64 the installed tool is the native one.
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
            var installed = Directory.GetFiles(tools, "expertrig", SearchOption.AllDirectories)
                .Single(file => file.Contains(Path.Combine("linux-x64", "expertrig"), StringComparison.Ordinal));
            IsElf(File.ReadAllBytes(installed)).ShouldBeTrue($"{installed} should be a native (ELF) executable");
            Directory.GetFiles(tools, "*.dll", SearchOption.AllDirectories).ShouldBeEmpty("a Native AOT tool carries no managed assembly");
        }
    }

    [Fact]
    public void LinuxPackage_CarriesTheNativeBinary_AndThePortablePackage_TheIlBuild()
    {
        var packages = PackedByCi() ?? Path.Combine(folder, "packages");
        if (packages.StartsWith(folder, StringComparison.Ordinal))
        {
            Run("dotnet", Repository.Root, "pack", Repository.Path("src", "ExpertRig.Cli"), "-c", "Release", "-o", packages);
        }

        var native = Entries(packages, "ExpertRig.linux-x64");
        var executable = native.Keys.Single(name => name.EndsWith("/linux-x64/expertrig", StringComparison.Ordinal));
        IsElf(native[executable]).ShouldBeTrue($"{executable} in the linux-x64 package should be an ELF executable");
        native.Keys.Where(name => name.EndsWith(".dll", StringComparison.Ordinal)).ShouldBeEmpty();
        native.Keys.ShouldContain(name => name.EndsWith("/catalog/gpus.yaml", StringComparison.Ordinal));
        native.Keys.ShouldContain(name => name.EndsWith("/report.md.sbn", StringComparison.Ordinal));

        var portable = Entries(packages, "ExpertRig.any");
        portable.Keys.ShouldContain(name => name.EndsWith("/any/expertrig.dll", StringComparison.Ordinal));
        portable.Keys.ShouldContain(name => name.EndsWith("/any/ExpertRig.Engine.dll", StringComparison.Ordinal));
    }

    // Every file of the named package (path inside the package → bytes); the executable's bytes are read, the rest
    // only listed.
    private static Dictionary<string, byte[]> Entries(string packages, string id)
    {
        var package = Directory.GetFiles(packages, $"{id}.*.nupkg")
            .Single(file => Regex.IsMatch(Path.GetFileName(file), $@"^{Regex.Escape(id)}\.\d+\.\d+\.\d+\.nupkg$"));
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.ToDictionary(entry => entry.FullName, entry =>
        {
            if (!entry.FullName.EndsWith("/expertrig", StringComparison.Ordinal))
            {
                return Array.Empty<byte>();
            }

            using var stream = entry.Open();
            var head = new byte[4];
            stream.ReadExactly(head);
            return head;
        });
    }

    private static bool IsElf(byte[] bytes) => bytes is [0x7F, (byte)'E', (byte)'L', (byte)'F', ..];

    private static string? PackedByCi() =>
        Environment.GetEnvironmentVariable("EXPERTRIG_CI_PACKAGES") is { Length: > 0 } packed
        && Directory.Exists(packed) && Directory.GetFiles(packed, "ExpertRig.*.nupkg").Length > 0
            ? packed
            : null;

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
