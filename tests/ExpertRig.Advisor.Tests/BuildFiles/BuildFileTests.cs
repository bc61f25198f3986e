using ExpertRig.Advisor;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Advisor.Tests.BuildFiles;

/// <summary>
/// The build loader under <c>check --build</c>: every way a build file can be wrong is one
/// <see cref="BuildFileException"/> line naming the file, line, column and what is allowed.
/// </summary>
public sealed class BuildFileTests
{
    private const string Name = "build.yaml";

    private static Catalog Catalog => Advisor.Default.Knowledge.Catalog;

    [Fact]
    public void Reads_AGpuBuild()
    {
        var build = Parse("gpu: rtx-3090\ngpu_count: 2\nstorage: [samsung-990-pro-2tb]\n");

        build.Gpu!.Id.ShouldBe("rtx-3090");
        build.GpuCount.ShouldBe(2);
        build.Storage.Count.ShouldBe(1);
    }

    [Fact]
    public void Refuses_DeepNesting_WithoutOverflowingTheStack() =>
        Error("gpu: " + new string('[', 60_000) + new string(']', 60_000)).ShouldBe(
            "build.yaml:1:9: the YAML is nested more than 4 levels deep; a build file needs two (a key and its list of ids)");

    [Theory]
    [InlineData("[gpu]: rtx-3090")]
    [InlineData("? [a, b]\n: rtx-3090")]
    [InlineData("{gpu: x}: rtx-3090")]
    public void Refuses_NonTextKeys(string yaml) =>
        Error(yaml).ShouldContain("a key must be a plain word such as gpu, not a list, mapping or alias");

    [Fact]
    public void Refuses_DuplicateKeys() =>
        Error("gpu: rtx-3090\ngpu: rtx-4090").ShouldContain("appears twice in the same mapping");

    [Fact]
    public void Refuses_ASecondDocument() =>
        Error("gpu: rtx-3090\n---\ngpu: rtx-4090").ShouldBe("build.yaml:3:1: the file holds more than one YAML document ('---'); a build file is one document");

    [Fact]
    public void Refuses_AliasFloods() =>
        Error("gpu: &g rtx-3090\naccessories: [" + string.Join(", ", Enumerable.Repeat("*g", 17)) + "]").ShouldContain("more than 16 aliases");

    [Fact]
    public void Refuses_NulCharacters() =>
        Error("gpu: rtx-3090\ncpu: \0").ShouldBe("build.yaml:2:6: the text contains the control character U+0000; it looks like a binary file, not a build file");

    [Fact]
    public void Refuses_AGpuAndASystemTogether() =>
        Error("system: dgx-spark\ngpu: rtx-3090").ShouldBe(
            "build.yaml:2:6: give either 'gpu' (a PC build) or 'system' (a whole machine such as a DGX Spark or Mac), not both");

    [Theory]
    [InlineData("gpu_count: 2")]
    [InlineData("psu: corsair-hx1500i")]
    [InlineData("memory_kits: 2")]
    public void Refuses_PcPartsOnASystem(string line) =>
        Error($"system: dgx-spark\n{line}").ShouldContain("is part of a PC build; 'system' names a whole machine");

    [Fact]
    public void Refuses_GpuCount_WithoutAGpu() =>
        Error("cpu: ryzen-9-9950x\ngpu_count: 2").ShouldContain("'gpu_count' describes the GPUs, but the build names no 'gpu'");

    [Theory]
    [InlineData("gpu_count: 17", "from 1 to 16")]
    [InlineData("gpu_count: 0", "from 1 to 16")]
    [InlineData("gpu_count: +2", "from 1 to 16")]
    [InlineData("gpu_count: 2.5", "from 1 to 16")]
    [InlineData("memory_kits: 9", "from 1 to 8")]
    [InlineData("psu_count: 5", "from 1 to 4")]
    public void Refuses_AbsurdCounts(string line, string allowed) =>
        Error($"gpu: rtx-3090\n{line}").ShouldContain(allowed);

    [Fact]
    public void Refuses_FiveThousandDrives() =>
        Error("gpu: rtx-3090\nstorage: [" + string.Join(", ", Enumerable.Repeat("samsung-990-pro-2tb", 5000)) + "]")
            .ShouldBe("build.yaml:2:10: storage: 5000 entries; a build has at most 16");

    [Fact]
    public void Escapes_ControlAndBidiCharacters_InIds()
    {
        var message = Error("gpu: \"\\e[31mRED\\e[0m\\a\\u202E\"");

        message.ShouldNotContain('\u001B');
        message.ShouldNotContain('\u0007');
        message.ShouldNotContain('\u202E');
        message.ShouldContain("\\u001B[31mRED");
    }

    [Fact]
    public void Cuts_LongValues() =>
        Error("gpu: " + new string('x', 1_000_000)).Length.ShouldBeLessThan(300);

    [Fact]
    public void Names_UnknownKeys_WithTheClosest() =>
        Error("gpus: rtx-3090").ShouldContain("unknown key 'gpus'; did you mean 'gpu'?");

    private static Domain.Builds.Build Parse(string yaml) => BuildFile.Parse(yaml, Name, Catalog);

    private static string Error(string yaml)
    {
        var message = Should.Throw<BuildFileException>(() => Parse(yaml)).Message;
        message.ShouldStartWith(Name + ":");
        message.ShouldNotContain('\n');
        return message;
    }
}
