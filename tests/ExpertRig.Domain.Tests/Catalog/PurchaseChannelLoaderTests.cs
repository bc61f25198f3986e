using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.CatalogTests;

/// <summary>purchase-channels.yaml: the guide's channels for each kind of part, and each load-time rule on a corrupted copy.</summary>
public sealed class PurchaseChannelLoaderTests : IDisposable
{
    private const string File = PurchaseChannelLoader.FileName;

    private readonly CatalogCopy copy = new();

    public PurchaseChannelLoaderTests() =>
        copy.Write(File, System.IO.File.ReadAllText(Path.Combine(CatalogLoader.DefaultDirectory, File)));

    public void Dispose() => copy.Dispose();

    [Fact]
    public void TheShippedFile_LiesBesideTheBinary_AndLoads()
    {
        var channels = PurchaseChannelLoader.LoadDefault();

        channels.Entries.Count.ShouldBeGreaterThan(10);
        channels.Entries.ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.Source) && !string.IsNullOrWhiteSpace(e.Channel));
        channels.Entries[^1].IsCatchAll.ShouldBeTrue();
        channels.Entries.SkipLast(1).ShouldAllBe(e => !e.IsCatchAll);
    }

    [Theory]
    [InlineData(ComponentCategory.Gpu, "rtx-3090", true, "Used: eBay, Craigslist or Facebook Marketplace; check the gold NVLink contacts")]
    [InlineData(ComponentCategory.Gpu, "rtx-4090", true, "Used: eBay, Craigslist or Facebook Marketplace (guide")]
    [InlineData(ComponentCategory.Gpu, "l40s", true, "Used: eBay, from data-center liquidations")]
    [InlineData(ComponentCategory.Gpu, "rtx-5090", false, "Newegg, B&H, Adorama or Best Buy in irregular batches")]
    [InlineData(ComponentCategory.Gpu, "rtx-4090", false, "B&H, Newegg, or Amazon Warehouse Deals")]
    [InlineData(ComponentCategory.Gpu, "rx-7900-xtx", false, "Major US retailers: Newegg, B&H, Adorama, Best Buy")]
    [InlineData(ComponentCategory.Gpu, "rtx-6000-ada", false, "NVIDIA's professional resellers (Microway, Silicon Mechanics")]
    [InlineData(ComponentCategory.Gpu, "l40s", false, "NVIDIA's professional resellers")]
    [InlineData(ComponentCategory.System, "mac-studio-m3-ultra-256gb", false, "apple.com, configured to order")]
    [InlineData(ComponentCategory.System, "dgx-spark", false, "Directly from NVIDIA, Founder's Edition")]
    [InlineData(ComponentCategory.Cpu, "tr-pro-7995wx", false, "Authorized resellers and system integrators; no public MSRP")]
    [InlineData(ComponentCategory.Cpu, "tr-7960x", false, "Any retailer: the guide names no channel for this part")]
    [InlineData(ComponentCategory.Accessory, "nvlink-bridge-3090-4-slot", false, "New, from NVIDIA-authorized resellers")]
    [InlineData(ComponentCategory.Accessory, "add2psu", false, "Any retailer: the guide names no channel for this part")]
    [InlineData(ComponentCategory.Case, "lian-li-o11-vision-xl", false, "Any retailer: the guide names no channel for this part")]
    public void Gives_TheGuidesChannel_ForEachKindOfPart(ComponentCategory category, string id, bool used, string channel)
    {
        var line = new BuildComponent(category, id, id, 1, 100, used, "test");

        PurchaseChannelLoader.LoadDefault().For(line).ShouldStartWith(channel);
    }

    [Fact]
    public void Loads_AnUntouchedCopy() =>
        Load().Entries.Select(e => e.Id).ShouldBe(PurchaseChannelLoader.LoadDefault().Entries.Select(e => e.Id));

    [Fact]
    public void Fails_OnAnUnknownKey_WithTheClosestAllowedKey()
    {
        copy.AddLine(File, "new-rtx-4090", "  chanel: Newegg");
        var line = copy.LineOf(File, "new-rtx-4090", "chanel");

        Fails().Message.ShouldBe($"{File}:{line}:3: entry 'new-rtx-4090': unknown key 'chanel'; did you mean 'channel'?");
    }

    [Fact]
    public void Fails_OnAMissingField()
    {
        var line = copy.LineOf(File, "new-rtx-4090");
        copy.Remove(File, "new-rtx-4090", "channel");

        Fails().Message.ShouldBe($"{File}:{line}:3: entry 'new-rtx-4090': missing required key: channel");
    }

    [Fact]
    public void Fails_OnAMissingSource()
    {
        copy.Remove(File, "nvlink-bridge", "source");

        var error = Fails();

        error.EntryId.ShouldBe("nvlink-bridge");
        error.Detail.ShouldBe("missing required key: source");
    }

    [Fact]
    public void Fails_OnADuplicateId()
    {
        var first = copy.LineOf(File, "new-rtx-5090");
        var line = copy.LineOf(File, "new-rtx-4090");
        copy.Set(File, "new-rtx-4090", "id", "new-rtx-5090");

        Fails().Message.ShouldBe($"{File}:{line}:3: entry 'new-rtx-5090': id 'new-rtx-5090' is a duplicate: the same id is used earlier in this file (line {first})");
    }

    [Fact]
    public void Fails_OnAnUnknownCategory_ListingTheAllowedOnes()
    {
        copy.Set(File, "new-rtx-4090", "categories", "[gpus]");

        Fails().Detail.ShouldBe("categories: 'gpus' is not one of: gpu, system, cpu, motherboard, memory, storage, psu, cooler, case, accessory");
    }

    [Fact]
    public void Fails_OnAWrongType()
    {
        copy.Set(File, "new-rtx-4090", "used", "sometimes");

        Fails().Detail.ShouldStartWith("used: 'sometimes' is not a valid value");
    }

    [Fact]
    public void Fails_OnAPartTheCatalogDoesNotHave()
    {
        var line = copy.LineOf(File, "new-rtx-4090", "parts");
        copy.Set(File, "new-rtx-4090", "parts", "[rtx-4900]");

        Fails().Message.ShouldBe($"{File}:{line}:3: entry 'new-rtx-4090': parts names 'rtx-4900', but the catalog has no gpu with that id; did you mean 'rtx-4090'?");
    }

    [Fact]
    public void Fails_OnAConditionForAnotherKindOfPart()
    {
        copy.AddLine(File, "threadripper-pro", "  nvlink: true");

        Fails().Detail.ShouldBe("nvlink applies to GPUs only: write 'categories: [gpu]'");
    }

    [Fact]
    public void Fails_WhenAnEntryWithoutConditionsHidesTheEntriesAfterIt()
    {
        copy.Remove(File, "other-system", "categories");

        var error = Fails();

        error.EntryId.ShouldBe("other-system");
        error.Detail.ShouldBe("has no conditions, so it holds for every part and the entries after it are never used; move it to the end");
    }

    [Fact]
    public void Fails_WhenTheLastEntryHasConditions()
    {
        copy.AddLine(File, "any-part", "  categories: [case]");

        Fails().Detail.ShouldBe("the last entry must have no conditions, so that every part has a channel");
    }

    [Fact]
    public void Fails_WhenTheFileIsMissing()
    {
        System.IO.File.Delete(copy.PathOf(File));

        Fails().Message.ShouldBe($"{File}: not found in {copy.Directory}");
    }

    private PurchaseChannels Load() => PurchaseChannelLoader.Load(copy.Directory, CatalogLoader.LoadDefault());

    private CatalogException Fails()
    {
        var error = Should.Throw<CatalogException>(Load);
        error.Message.ShouldNotContain('\n');
        return error;
    }
}
