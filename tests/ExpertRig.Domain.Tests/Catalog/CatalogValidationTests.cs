using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.CatalogTests;

/// <summary>Each load-time rule, exercised by corrupting a copy of the shipped catalog.</summary>
public sealed class CatalogValidationTests : IDisposable
{
    private readonly CatalogCopy copy = new();

    public void Dispose() => copy.Dispose();

    [Fact]
    public void Loads_UntouchedCopy() => copy.Load().Gpus.Count.ShouldBeGreaterThan(0);

    [Fact]
    public void Fails_WhenIdIsDuplicated()
    {
        copy.DuplicateEntry("gpus.yaml", "rtx-4090");
        var duplicateLine = copy.Read("gpus.yaml").Split('\n').ToList().FindLastIndex(line => line == "- id: rtx-4090") + 1;

        var error = copy.LoadFails();

        error.Message.ShouldBe($"gpus.yaml:{duplicateLine}:3: entry 'rtx-4090': id 'rtx-4090' is a duplicate: the same id is used earlier in this file");
    }

    [Fact]
    public void NamesAnUnterminatedId_OnOneShortLine()
    {
        // An unclosed quote makes the rest of the file the "id", blank lines (newlines) included: found by the fuzz test.
        copy.Set("storage.yaml", "crucial-t705-2tb", "id", "'unterminated");

        var error = copy.LoadFails();

        error.Message.ShouldNotContain("\n");
        error.Message.ShouldContain("entry 'unterminated name: Crucial T705 2TB");
        error.Message.ShouldContain("…': invalid YAML");
    }

    [Fact]
    public void Fails_WhenIdIsReusedInAnotherFile()
    {
        copy.Set("systems.yaml", "dgx-spark", "id", "rtx-4090");

        var error = copy.LoadFails();

        error.FileName.ShouldBe("systems.yaml");
        error.Detail.ShouldContain("in gpus.yaml");
    }

    [Fact]
    public void Fails_WhenRequiredFieldIsMissing()
    {
        var line = copy.LineOf("gpus.yaml", "l40s");
        copy.Remove("gpus.yaml", "l40s", "vram_gb");

        var error = copy.LoadFails();

        error.Message.ShouldStartWith($"gpus.yaml:{line}:");
        error.EntryId.ShouldBe("l40s");
        error.Detail.ShouldBe("missing required key: vram_gb");
    }

    [Fact]
    public void Fails_WhenSourceIsMissing()
    {
        copy.Remove("cpus.yaml", "epyc-7713", "source");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("epyc-7713");
        error.Detail.ShouldContain("source");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-936")]
    public void Fails_WhenBandwidthIsNotPositive(string bandwidth)
    {
        copy.Set("gpus.yaml", "rtx-3090", "bandwidth_gbs", bandwidth);
        var line = copy.LineOf("gpus.yaml", "rtx-3090", "bandwidth_gbs");

        var error = copy.LoadFails();

        error.Message.ShouldBe($"gpus.yaml:{line}:3: entry 'rtx-3090': bandwidth_gbs must be between 1 and 20000 (got {bandwidth})");
    }

    [Theory]
    [InlineData("70", "below the FP32-accumulate rate")]
    [InlineData("300", "more than twice it")]
    public void Fails_WhenFp16AccumulateRateIsImpossible(string tflops, string why)
    {
        copy.Set("gpus.yaml", "rtx-3090", "fp16_accumulate_tflops", tflops);
        var line = copy.LineOf("gpus.yaml", "rtx-3090", "fp16_accumulate_tflops");

        var error = copy.LoadFails();

        error.Message.ShouldBe(
            $"gpus.yaml:{line}:3: entry 'rtx-3090': fp16_accumulate_tflops must be at least fp16_tflops and at most twice it (71-142), got {tflops}",
            why);
    }

    [Fact]
    public void Fails_WhenSystemBandwidthIsZero()
    {
        copy.Set("systems.yaml", "dgx-spark", "bandwidth_gbs", "0");

        var error = copy.LoadFails();

        error.FileName.ShouldBe("systems.yaml");
        error.EntryId.ShouldBe("dgx-spark");
        error.Detail.ShouldStartWith("bandwidth_gbs must be between");
    }

    [Fact]
    public void Fails_WhenGpuDrawsMoreThanTwoKilowatts()
    {
        copy.Set("gpus.yaml", "rtx-5090", "board_power_w", "2500");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("rtx-5090");
        error.Line.ShouldBe(copy.LineOf("gpus.yaml", "rtx-5090", "board_power_w"));
        error.Detail.ShouldBe("board_power_w must be between 10 and 2000 (no PCIe card draws more than 2 kW) (got 2500)");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-24")]
    public void Fails_WhenVramIsNotPositive(string vram)
    {
        copy.Set("gpus.yaml", "rtx-4090", "vram_gb", vram);

        var error = copy.LoadFails();

        error.Detail.ShouldBe($"vram_gb must be between 1 and 1024 (got {vram})");
    }

    [Fact]
    public void Fails_WhenPriceLowEndExceedsHighEnd()
    {
        var text = copy.Read("gpus.yaml").Replace("new: [3500, 4200]", "new: [4200, 3500]", StringComparison.Ordinal);
        copy.Write("gpus.yaml", text);

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("rtx-5090");
        error.Line.ShouldBe(copy.LineOf("gpus.yaml", "rtx-5090", "price_usd"));
        error.Detail.ShouldBe("price_usd low end 4200 exceeds high end 3500");
    }

    [Fact]
    public void Fails_WhenPriceRangeHasOneNumber()
    {
        var text = copy.Read("psus.yaml").Replace("new: [695, 695]", "new: [695]", StringComparison.Ordinal);
        copy.Write("psus.yaml", text);

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("msi-meg-ai1600t-pcie5");
        error.Detail.ShouldContain("exactly two numbers");
    }

    [Theory]
    [InlineData("RTX-4090")]
    [InlineData("rtx_4090")]
    [InlineData("rtx 4090")]
    [InlineData("rtx--4090")]
    public void Fails_WhenIdIsNotKebabCase(string id)
    {
        copy.Set("gpus.yaml", "rtx-4090", "id", $"\"{id}\"");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe(id);
        error.Detail.ShouldContain("is not lowercase kebab-case");
    }

    [Fact]
    public void Fails_WhenBoardReferencesUnknownSocket()
    {
        copy.Set("boards.yaml", "romed8-2t", "socket", "LGA4677");
        var line = copy.LineOf("boards.yaml", "romed8-2t", "socket");

        var error = copy.LoadFails();

        error.Message.ShouldStartWith($"boards.yaml:{line}:3: entry 'romed8-2t': socket 'LGA4677' is not the socket of any CPU in cpus.yaml");
        error.Detail.ShouldContain("AM5");
    }

    [Fact]
    public void Fails_WhenBoardChipsetFitsNoCpu()
    {
        copy.Set("boards.yaml", "trx50-sage-wifi", "chipset", "x870e");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("trx50-sage-wifi");
        error.Detail.ShouldStartWith("chipset 'x870e' is not listed by any sTR5 CPU");
    }

    [Fact]
    public void Fails_WhenCoolerNamesUnknownSocket()
    {
        copy.Set("coolers.yaml", "noctua-nh-d15-g2", "sockets", "[AM5, LGA1700]");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("noctua-nh-d15-g2");
        error.Detail.ShouldStartWith("sockets 'LGA1700' is not the socket of any CPU");
    }

    [Fact]
    public void Fails_WhenKeyIsUnknown_AndSuggestsTheClosest()
    {
        copy.AddLine("gpus.yaml", "rtx-4080", "  vram_gbs: 16");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("rtx-4080");
        error.Line.ShouldBe(copy.LineOf("gpus.yaml", "rtx-4080", "vram_gbs"));
        error.Detail.ShouldBe("unknown key 'vram_gbs'; did you mean 'vram_gb'?");
    }

    [Fact]
    public void Fails_WhenNestedKeyIsUnknown()
    {
        var text = copy.Read("boards.yaml").Replace("{ position: 2, lanes: 16, lanes_shared: 8,", "{ position: 2, lane: 16, lanes_shared: 8,", StringComparison.Ordinal);
        copy.Write("boards.yaml", text);

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("romed8-2t");
        error.Detail.ShouldBe("unknown key 'lane'; did you mean 'lanes'?");
    }

    [Fact]
    public void Fails_WhenValueHasTheWrongType()
    {
        copy.Set("cpus.yaml", "ryzen-9-9950x", "cores", "sixteen");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("ryzen-9-9950x");
        error.Line.ShouldBe(copy.LineOf("cpus.yaml", "ryzen-9-9950x", "cores"));
        error.Detail.ShouldStartWith("cores: 'sixteen' is not a valid value");
    }

    [Fact]
    public void Fails_WhenEnumValueIsUnknown_AndListsTheAllowedOnes()
    {
        copy.Set("gpus.yaml", "l40s", "cooler", "open air");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("l40s");
        error.Detail.ShouldBe("cooler: 'open air' is not one of: open-air, blower, passive");
    }

    [Fact]
    public void Fails_WhenYamlIsMalformed_WithLineAndColumn()
    {
        copy.AddLine("storage.yaml", "kingston-kc3000-2tb", "  note: one: two");

        var error = copy.LoadFails();

        error.FileName.ShouldBe("storage.yaml");
        error.Line.ShouldNotBeNull();
        error.Column.ShouldNotBeNull();
        error.Message.ShouldNotContain("\n");
        error.Detail.ShouldStartWith("invalid YAML");
    }

    [Fact]
    public void Fails_WhenFileIsEmpty()
    {
        copy.Write("cases.yaml", string.Empty);

        var error = copy.LoadFails();

        error.Message.ShouldBe("cases.yaml: has no entries (expected a YAML list of entries, each starting with '- id:')");
    }

    [Fact]
    public void Fails_WhenFileIsAMappingInsteadOfAList()
    {
        copy.Write("cases.yaml", "id: fractal-torrent\nname: Fractal Design Torrent\n");

        var error = copy.LoadFails();

        error.Message.ShouldBe("cases.yaml:1:1: expected a YAML list of entries, each starting with '- id:'");
    }

    [Fact]
    public void Fails_WhenFileIsMissing()
    {
        File.Delete(copy.PathOf("psus.yaml"));

        var error = copy.LoadFails();

        error.Message.ShouldBe($"psus.yaml: not found in {copy.Directory}");
    }

    [Fact]
    public void Fails_WhenFileIsADirectory()
    {
        File.Delete(copy.PathOf("psus.yaml"));
        Directory.CreateDirectory(copy.PathOf("psus.yaml"));

        var error = copy.LoadFails();

        error.Message.ShouldStartWith("psus.yaml: is a directory");
    }

    [Fact]
    public void Fails_WhenDirectoryIsMissing()
    {
        var missing = Path.Combine(copy.Directory, "nowhere");

        var error = Should.Throw<CatalogException>(() => CatalogLoader.Load(missing));

        error.Message.ShouldBe($"{missing}: catalog directory not found");
    }

    [Fact]
    public void Fails_WhenFileIsBinaryGarbage()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        File.WriteAllBytes(copy.PathOf("models.yaml"), bytes);

        var error = copy.LoadFails();

        error.FileName.ShouldBe("models.yaml");
        error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void Fails_WhenFileIsHuge()
    {
        copy.Write("quants.yaml", new string('#', 10 * 1024 * 1024));

        var error = copy.LoadFails();

        error.Message.ShouldBe("quants.yaml: is 10 MB; a catalog file is at most 4 MB");
    }

    [Fact]
    public void Fails_WhenNvlinkGpuHasNoNvlinkBandwidth()
    {
        copy.Remove("gpus.yaml", "rtx-a6000", "nvlink_bandwidth_gbs");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("rtx-a6000");
        error.Detail.ShouldStartWith("nvlink_bandwidth_gbs must be given");
    }

    [Fact]
    public void Fails_WhenBridgeNamesGpuWithoutNvlink()
    {
        copy.Set("accessories.yaml", "nvlink-bridge-3090-4-slot", "compatible_gpus", "[rtx-3090, rtx-4090]");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("nvlink-bridge-3090-4-slot");
        error.Detail.ShouldBe("compatible_gpus 'rtx-4090' has no NVLink connector, so a bridge cannot fit it");
    }

    [Fact]
    public void Fails_WhenAccessoryNamesUnknownGpu()
    {
        copy.Set("accessories.yaml", "gpu-custom-water-loop", "compatible_gpus", "[rtx-5900]");

        var error = copy.LoadFails();

        error.Detail.ShouldBe("compatible_gpus 'rtx-5900' is not a GPU in gpus.yaml; did you mean rtx-5090?");
    }

    [Fact]
    public void Fails_WhenCpuBandwidthDisagreesWithChannelsAndSpeed()
    {
        copy.Set("cpus.yaml", "tr-pro-7995wx", "memory_bandwidth_gbs", "307.2");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("tr-pro-7995wx");
        error.Detail.ShouldBe("memory_bandwidth_gbs must equal memory_channels x max_memory_mts x 8 / 1000 = 332.8 (got 307.2)");
    }

    [Fact]
    public void Fails_WhenDistillDiffersFromItsBaseModel()
    {
        copy.Set("models.yaml", "deepseek-r1-32b", "layers", "60");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("deepseek-r1-32b");
        error.Detail.ShouldStartWith("base_model 'qwen-2.5-32b' has a different architecture");
    }

    [Fact]
    public void Fails_WhenLatentAttentionHasNoCacheDim()
    {
        copy.Remove("models.yaml", "deepseek-r1-671b", "mla_cache_dim");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("deepseek-r1-671b");
        error.Detail.ShouldStartWith("mla_cache_dim must be given");
    }

    [Fact]
    public void Fails_WhenKvHeadsDoNotDivideQueryHeads()
    {
        copy.Set("models.yaml", "llama-3-8b", "kv_heads", "6");

        var error = copy.LoadFails();

        error.Detail.ShouldBe("kv_heads must divide attention_heads 32 (got 6)");
    }

    [Fact]
    public void Fails_WhenActiveParametersExceedTotal()
    {
        copy.Set("models.yaml", "mixtral-8x7b", "params_active_b", "50");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("mixtral-8x7b");
        error.Detail.ShouldStartWith("params_active_b must be greater than 0 and at most params_total_b 46.7");
    }

    [Fact]
    public void Fails_WhenRegisteredMemoryIsNotEcc()
    {
        copy.Set("memory.yaml", "atech-512gb-ddr5-6400-rdimm", "ecc", "false");

        var error = copy.LoadFails();

        error.Detail.ShouldBe("ecc must be true for registered or load-reduced DIMMs");
    }

    [Fact]
    public void Fails_WhenQualityRangeIsReversed()
    {
        copy.Set("quants.yaml", "q4-k-m", "quality_vs_fp16_pct", "[96, 95]");

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("q4-k-m");
        error.Detail.ShouldBe("quality_vs_fp16_pct low end 96 exceeds high end 95");
    }

    [Fact]
    public void Reports_EveryProblem_AndCountsTheRest()
    {
        copy.Set("gpus.yaml", "rtx-4090", "vram_gb", "0");
        copy.Set("psus.yaml", "corsair-hx1500i", "watts", "50000");

        var error = copy.LoadFails();

        error.Problems.Count.ShouldBe(2);
        error.Message.ShouldEndWith("(and 1 more problem)");
        error.Problems[1].ShouldStartWith("psus.yaml:");
    }

    [Fact]
    public void Fails_WhenRequiredTextIsBlank()
    {
        copy.Set("cases.yaml", "fractal-torrent", "name", string.Empty);

        var error = copy.LoadFails();

        error.EntryId.ShouldBe("fractal-torrent");
        error.Detail.ShouldBe("name: must have a value");
    }

    [Fact]
    public void Fails_WhenListHoldsPlainValuesInsteadOfEntries()
    {
        copy.Write("cases.yaml", "- fractal-torrent\n- lian-li-o11-vision\n");

        var error = copy.LoadFails();

        error.Message.ShouldBe("cases.yaml:1:3: expected a mapping of keys, found 'fractal-torrent'");
    }
}
