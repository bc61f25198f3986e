using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Profiles;

/// <summary>One test per class of bad profile text: each names the place, the key and what is allowed.</summary>
public sealed class ProfileErrorTests
{
    [Fact]
    public void Reports_LineAndColumn_ForMalformedYaml()
    {
        var error = ProfileTestText.ErrorFor("""
            workloads:
              - model: llama-3-70b
            budget_usd: "15000
            """);

        error.Message.ShouldStartWith("profile.yaml:3:");
        error.Problem.ShouldContain("malformed YAML");
    }

    [Fact]
    public void Reports_LineAndColumn_ForUnclosedFlowList()
    {
        var error = ProfileTestText.ErrorFor("workloads: [1, 2\nbudget_usd: 3\n");

        error.Line.ShouldNotBeNull();
        error.Column.ShouldNotBeNull();
        error.Problem.ShouldContain("malformed YAML");
    }

    [Fact]
    public void Reports_LineAndColumn_ForKeyWithoutValue()
    {
        // YamlDotNet's own model throws an ArgumentException without a position for this input.
        var error = ProfileTestText.ErrorFor("workloads:\n  - model: llama-3-70b\n: \n");

        error.Message.ShouldBe("profile.yaml:3:2: malformed YAML: this key has no value");
    }

    [Fact]
    public void Reports_DidYouMean_ForUnknownKey()
    {
        var error = ProfileTestText.ErrorFor("""
            workloads:
              - model: llama-3-70b
            budget: 15000
            """);

        error.Message.ShouldBe("profile.yaml:3:1: unknown key 'budget' — did you mean 'budget_usd'?");
    }

    [Fact]
    public void Reports_DidYouMean_ForMisspelledWorkloadKey()
    {
        var error = ProfileTestText.ErrorFor("""
            workloads:
              - model: llama-3-70b
                contxt_tokens: 4096
            budget_usd: 15000
            """);

        error.Message.ShouldBe("profile.yaml:3:5: unknown key 'contxt_tokens' — did you mean 'context_tokens'?");
    }

    [Fact]
    public void Reports_AllowedKeys_ForUnknownKeyWithNoNearMatch()
    {
        var error = ProfileTestText.ErrorFor($"{ProfileTestText.Minimal}\nxyzzy: 1");

        error.Problem.ShouldStartWith("unknown key 'xyzzy'; allowed here: workloads, concurrent_users, budget_usd");
    }

    [Fact]
    public void Reports_Indentation_ForWorkloadKeyAtTopLevel()
    {
        var error = ProfileTestText.ErrorFor("""
            workloads:
              - model: llama-3-70b
            quant: Q4_K_M
            budget_usd: 15000
            """);

        error.Message.ShouldBe("profile.yaml:3:1: the key 'quant' belongs inside a workload entry under 'workloads:'");
    }

    [Fact]
    public void Reports_DuplicateKey_WithItsLine()
    {
        var error = ProfileTestText.ErrorFor($"{ProfileTestText.Minimal}\nbudget_usd: 9000");

        error.Line.ShouldBe(4);
        error.Problem.ShouldContain("'budget_usd' appears twice");
    }

    [Theory]
    [InlineData("budget_usd: lots", "budget_usd: expected a number of US dollars, got 'lots'")]
    [InlineData("budget_usd: 15,000", "budget_usd: expected a number of US dollars, got '15,000' (write it without thousands separators)")]
    [InlineData("budget_usd: $15000", "budget_usd: expected a number of US dollars, got '$15000' (write it without the $ sign)")]
    [InlineData("budget_usd: [1, 2]", "budget_usd: expected a number of US dollars, got a list")]
    [InlineData("budget_usd: .nan", "budget_usd: expected a number of US dollars, got '.nan'")]
    [InlineData("concurrent_users: 2.5", "concurrent_users: expected a whole number, got 2.5")]
    [InlineData("accept_used: yes", "accept_used: expected true or false, got 'yes'")]
    [InlineData("priorities: {speed: 1}", "priorities: expected a list such as [speed, quiet], got a mapping of keys")]
    public void Reports_ExpectedType_ForWrongType(string line, string problem)
    {
        var error = ProfileTestText.ErrorFor($"workloads:\n  - model: llama-3-70b\n{line}\n{(line.StartsWith("budget_usd") ? "" : "budget_usd: 1000")}");

        error.Problem.ShouldBe(problem);
        error.Line.ShouldBe(3);
    }

    [Theory]
    [InlineData("budget_usd: 0", "budget_usd must be above 0 and at most 1000000, got 0")]
    [InlineData("budget_usd: -5", "budget_usd must be above 0 and at most 1000000, got -5")]
    [InlineData("budget_usd: 1e9", "budget_usd must be above 0 and at most 1000000, got 1000000000")]
    [InlineData("concurrent_users: 0", "concurrent_users must be at least 1 and at most 256, got 0")]
    [InlineData("concurrent_users: 5000", "concurrent_users must be at least 1 and at most 256, got 5000")]
    [InlineData("hours_per_day: 25", "hours_per_day must be at least 0 and at most 24, got 25")]
    [InlineData("hours_per_day: -1", "hours_per_day must be at least 0 and at most 24, got -1")]
    [InlineData("electricity_usd_per_kwh: -0.1", "electricity_usd_per_kwh must be at least 0 and at most 5, got -0.1")]
    [InlineData("electricity_usd_per_kwh: 15", "electricity_usd_per_kwh must be at least 0 and at most 5, got 15")]
    public void Reports_Range_ForOutOfRangeValue(string line, string problem)
    {
        var error = ProfileTestText.ErrorFor($"workloads:\n  - model: llama-3-70b\n{line}\n{(line.StartsWith("budget_usd") ? "" : "budget_usd: 1000")}");

        error.Problem.ShouldBe(problem);
        error.Line.ShouldBe(3);
    }

    [Theory]
    [InlineData("context_tokens: 32768", "context_tokens (workload 1): 32768 is above llama-3-70b's maximum context of 8192 tokens")]
    [InlineData("context_tokens: 100", "context_tokens (workload 1): 100 is too short; use at least 256 tokens")]
    [InlineData("context_tokens: 4096.5", "context_tokens (workload 1): expected a whole number, got 4096.5")]
    [InlineData("min_tokens_per_s: 0", "min_tokens_per_s (workload 1) must be above 0 and at most 1000, got 0")]
    [InlineData("min_tokens_per_s: fast", "min_tokens_per_s (workload 1): expected a decode speed in tokens per second, got 'fast'")]
    public void Reports_Range_ForOutOfRangeWorkloadValue(string line, string problem)
    {
        var error = ProfileTestText.ErrorFor($"workloads:\n  - model: llama-3-70b\n    {line}\nbudget_usd: 1000");

        error.Problem.ShouldBe(problem);
        error.Line.ShouldBe(3);
        error.Column.ShouldBe(line.IndexOf(':') + 7);
    }

    [Fact]
    public void Reports_Count_ForNoWorkloads()
    {
        var error = ProfileTestText.ErrorFor("workloads: []\nbudget_usd: 1000");

        error.Message.ShouldBe("profile.yaml:1:12: workloads: the list is empty; list 1 to 8 models");
    }

    [Fact]
    public void Reports_NinthEntry_ForTooManyWorkloads()
    {
        var entries = string.Concat(Enumerable.Repeat("  - model: mistral-7b\n", 9));
        var error = ProfileTestText.ErrorFor($"workloads:\n{entries}budget_usd: 1000");

        error.Message.ShouldBe("profile.yaml:10:5: workloads: 9 entries; at most 8 are allowed");
    }

    [Fact]
    public void Reports_MissingRequiredKey()
    {
        var error = ProfileTestText.ErrorFor("budget_usd: 1000\n");

        error.Problem.ShouldStartWith("missing required key 'workloads'");
    }

    [Fact]
    public void Reports_MissingModel_InWorkload()
    {
        var error = ProfileTestText.ErrorFor("workloads:\n  - quant: Q4_K_M\nbudget_usd: 1000");

        error.Message.ShouldBe("profile.yaml:2:5: workload 1: missing 'model' (a catalog model id such as llama-3-70b) or 'model_file' (a model's config.json)");
    }

    [Fact]
    public void Reports_DuplicatePriority_WithFirstLine()
    {
        var error = ProfileTestText.ErrorFor($"{ProfileTestText.Minimal}\npriorities: [speed, quiet, speed]");

        error.Message.ShouldBe("profile.yaml:4:28: priorities: 'speed' is listed twice (first on line 4); list each priority once");
    }

    [Theory]
    [InlineData("os: mac", "os: unknown value 'mac' (allowed: linux, windows, macos, any) — did you mean 'macos'?")]
    [InlineData("privacy: offline", "privacy: unknown value 'offline' (allowed: local, air-gapped)")]
    [InlineData("circuit: 15a-220v", "circuit: unknown value '15a-220v' (allowed: 15a-120v, 20a-120v, 15a-240v, 20a-240v, 30a-240v, 10a-230v, 13a-230v, 16a-230v, 32a-230v) — did you mean '15a-120v' or '15a-240v'?")]
    [InlineData("priorities: [speed, silence]", "priorities: unknown value 'silence' (allowed: speed, cost, quiet, power, simplicity, quality)")]
    public void Reports_AllowedValues_ForUnknownEnumValue(string line, string problem)
    {
        var error = ProfileTestText.ErrorFor($"{ProfileTestText.Minimal}\n{line}");

        error.Problem.ShouldBe(problem);
        error.Line.ShouldBe(4);
    }

    [Fact]
    public void Reports_ClosestModels_ForUnknownModel()
    {
        var error = ProfileTestText.ErrorFor("workloads:\n  - model: llama3-70b\nbudget_usd: 1000");

        error.Message.ShouldBe("profile.yaml:2:12: model (workload 1): unknown model 'llama3-70b' — did you mean 'llama-3-70b'?");
    }

    [Fact]
    public void Reports_KnownModels_ForUnknownModelWithNoNearMatch()
    {
        var error = ProfileTestText.ErrorFor("workloads:\n  - model: gpt-4\nbudget_usd: 1000");

        error.Problem.ShouldStartWith("model (workload 1): unknown model 'gpt-4'; known models: llama-2-7b, llama-3-8b,");
    }

    [Fact]
    public void Reports_ClosestQuants_ForUnknownQuant()
    {
        var error = ProfileTestText.ErrorFor("workloads:\n  - model: llama-3-70b\n    quant: Q4KM\nbudget_usd: 1000");

        error.Message.ShouldBe("profile.yaml:3:12: quant (workload 1): unknown quantization 'Q4KM' — did you mean 'Q4_K_M'?");
    }

    [Fact]
    public void Reports_KnownQuants_ForUnknownQuantWithNoNearMatch()
    {
        var error = ProfileTestText.ErrorFor("workloads:\n  - model: llama-3-70b\n    quant: exl2\nbudget_usd: 1000");

        error.Problem.ShouldStartWith("quant (workload 1): unknown quantization 'exl2'; known quantizations: Q2_K, Q3_K_S,");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# just a comment\n")]
    [InlineData("---\n...\n")]
    public void Reports_Empty_ForTextWithoutContent(string text)
    {
        var error = ProfileTestText.ErrorFor(text);

        error.Message.ShouldStartWith("profile.yaml: the profile is empty; it needs at least 'workloads:'");
    }

    [Theory]
    [InlineData("just a sentence")]
    [InlineData("- model: llama-3-70b")]
    public void Reports_TopLevelShape_ForNonMapping(string text)
    {
        var error = ProfileTestText.ErrorFor(text);

        error.Message.ShouldStartWith("profile.yaml:1:1: expected keys such as 'workloads:' and 'budget_usd:' at the top level");
    }

    [Fact]
    public void Reports_SecondDocument()
    {
        var error = ProfileTestText.ErrorFor($"{ProfileTestText.Minimal}\n---\n{ProfileTestText.Minimal}");

        error.Line.ShouldBe(5);
        error.Problem.ShouldContain("more than one YAML document");
    }

    [Fact]
    public void Reports_Binary_ForControlCharacters()
    {
        var error = ProfileTestText.ErrorFor("workloads:\n  - model: ll\u0001ama\n");

        error.Message.ShouldBe("profile.yaml:2:14: the text contains the control character U+0001; it looks like a binary file, not a YAML profile");
    }

    [Fact]
    public void Reports_Depth_ForDeeplyNestedText()
    {
        var error = ProfileTestText.ErrorFor(new string('[', 200_000));

        error.Problem.ShouldContain("nested more than 8 levels deep");
    }

    [Fact]
    public void Reports_PlainKeys_ForComplexKey()
    {
        var error = ProfileTestText.ErrorFor("? [a, b]\n: c\n");

        error.Message.ShouldBe("profile.yaml:1:3: a key must be a plain word such as budget_usd, not a list, mapping or alias");
    }

    [Fact]
    public void Reports_TooLarge_ForHugeText()
    {
        var error = ProfileTestText.ErrorFor(new string('#', 3 * 1024 * 1024));

        error.Message.ShouldBe("profile.yaml: the file is 3.0 MB; a profile must be at most 1 MB (a real one is under 2 KB)");
    }

    [Fact]
    public void Reports_OneLine_ForValueWithLineBreaks()
    {
        var error = ProfileTestText.ErrorFor("workloads:\n  - model: \"llama\\nnext\"\nbudget_usd: 1000");

        error.Message.ShouldNotContain("\n");
        error.Problem.ShouldContain("'llama\\u000Anext'");
    }
}
