using ExpertRig.Domain.Profiles;
using ExpertRig.Testing;

namespace ExpertRig.Domain.Tests.Profiles;

/// <summary>A workload's <c>model_file:</c>: a model the catalog lacks, read from its config.json beside the profile.</summary>
public sealed class ProfileModelFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("expertrig-model-file-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ReadsTheConfig_RelativeToTheProfile_AndNamesTheModelAfterItsFolder()
    {
        var profile = Load("""
            workloads:
              - model_file: Qwen3-8B/config.json
                quant: q4-k-m
            """);

        var model = profile.ImportedModels.ShouldHaveSingleItem();
        model.Id.ShouldBe("qwen3-8b");
        model.Name.ShouldStartWith("Qwen3-8B");
        model.Layers.ShouldBe(36);
        profile.Workloads.Single().Model.ShouldBe("qwen3-8b");
        profile.Workloads.Single().ContextTokens.ShouldBeLessThanOrEqualTo(model.MaxContextTokens);
    }

    [Fact]
    public void AnIdTheCatalogAlreadyUses_GetsAFileSuffix()
    {
        var profile = Load("""
            workloads:
              - model_file: llama-3-70b/config.json
            """);

        profile.ImportedModels.Single().Id.ShouldBe("llama-3-70b-file");
    }

    [Theory]
    [InlineData("  - model: llama-3-70b\n    model_file: Qwen3-8B/config.json\n", "give either 'model' (a catalog id) or 'model_file' (a config.json), not both")]
    [InlineData("  - model_file: missing/config.json\n", "model_file (workload 1): config.json: no such file")]
    [InlineData("  - model_file: model.gguf\n", "is a GGUF file; a profile takes a config.json")]
    [InlineData("  - quant: q4-k-m\n", "missing 'model' (a catalog model id such as llama-3-70b) or 'model_file'")]
    public void BadModelFile_IsOneLineNamingTheProfileLine(string workload, string expected)
    {
        var error = Should.Throw<ProfileException>(() => Load("workloads:\n" + workload));

        error.Message.ShouldContain(expected);
        error.Message.ShouldStartWith(Path.Combine(folder, "profile.yaml") + ":");
    }

    [Fact]
    public void TheWriter_WritesTheWorkloadAsItsModelFile_SoTheSavedProfileReadsTheSameModel()
    {
        var profile = Load("""
            workloads:
              - model_file: Qwen3-8B/config.json
                quant: q4-k-m
                context_tokens: 8192
            budget_usd: 4000
            """);

        var yaml = ProfileWriter.ToYaml(profile);

        var file = Path.Combine(folder, "Qwen3-8B", "config.json");
        profile.Workloads.Single().ModelFile.ShouldBe(file);
        yaml.ShouldContain($"  - model_file: \"{file.Replace("\\", "\\\\", StringComparison.Ordinal)}\"\n    quant: Q4_K_M\n");
        yaml.ShouldNotContain("model: qwen3-8b");

        // Saved in another folder, the written path still names the same file.
        var elsewhere = Directory.CreateTempSubdirectory("expertrig-saved-profile-").FullName;
        try
        {
            var saved = Path.Combine(elsewhere, "saved.yaml");
            File.WriteAllText(saved, yaml);
            var reread = ProfileTestText.Loader.Load(saved);

            reread.ShouldBe(profile);
            reread.ImportedModels.Single().Layers.ShouldBe(profile.ImportedModels.Single().Layers);
            ProfileWriter.ToYaml(reread).ShouldBe(yaml);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void ACatalogWorkload_HasNoModelFile_AndIsWrittenByItsId()
    {
        var profile = Load("""
            workloads:
              - model: llama-3-70b
            """);

        profile.Workloads.Single().ModelFile.ShouldBeNull();
        ProfileWriter.ToYaml(profile).ShouldContain("  - model: llama-3-70b\n");
    }

    private Profile Load(string yaml)
    {
        foreach (var name in new[] { "Qwen3-8B", "llama-3-70b" })
        {
            Directory.CreateDirectory(Path.Combine(folder, name));
            File.Copy(Repository.Path("rules", "catalog", "models", "qwen-3-8b.config.json"), Path.Combine(folder, name, "config.json"), overwrite: true);
        }

        var path = Path.Combine(folder, "profile.yaml");
        File.WriteAllText(path, yaml);
        return ProfileTestText.Loader.Load(path);
    }
}
