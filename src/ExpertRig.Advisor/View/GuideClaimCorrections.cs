using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ExpertRig.Advisor.View;

/// <summary>
/// Recomputes the guide's speed figures listed in <c>catalog/physics/seed-claims.yaml</c> for the hardware of a report,
/// with the same physics and the same verdicts as docs/seed-claims.md: a claim above the bandwidth ceiling breaks it,
/// one more than 25% above (or below) our estimate is optimistic (or pessimistic).
/// </summary>
internal static class GuideClaimCorrections
{
    /// <summary>The claims file beside the binary.</summary>
    public static string DefaultPath => Path.Combine(CatalogLoader.DefaultDirectory, "physics", "seed-claims.yaml");

    private static readonly Lazy<IReadOnlyList<ClaimEntry>> Claims = new(() => Load(DefaultPath));

    /// <summary>The corrections of claims about the GPUs or systems of <paramref name="builds"/>, in file order.</summary>
    public static IReadOnlyList<GuideCorrectionView> For(IReadOnlyList<Build> builds, Catalog catalog, PhysicsConstants constants)
    {
        var corrections = new List<GuideCorrectionView>();
        foreach (var claim in Claims.Value)
        {
            var users = builds.Where(b => b.Gpu?.Id == claim.Device || b.System?.Id == claim.Device).Select(b => b.Archetype).Distinct().ToList();
            if (users.Count == 0 || Device(claim, catalog) is not { } device || !catalog.Models.TryFind(claim.Model ?? "", out var model))
            {
                continue;
            }

            corrections.Add(Judge(claim, device, model, constants, users));
        }

        return corrections;
    }

    private static GuideCorrectionView Judge(ClaimEntry claim, DeviceSpec device, LanguageModel model, PhysicsConstants constants, IReadOnlyList<string> builds)
    {
        var engine = Engine(claim.Engine ?? "llama.cpp");
        var estimate = Estimate(claim, device, model, engine, constants);
        var verdict = Classify(claim, estimate);
        string? otherName = null;
        InferenceEstimate? other = null;
        if (claim.AlsoEngine is { } also)
        {
            var otherEngine = Engine(also);
            otherName = EngineNames.Display(otherEngine);
            other = Estimate(claim, device, model, otherEngine, constants);
            var otherVerdict = Classify(claim, other);
            verdict += otherVerdict == "consistent" ? $"; reachable only with {otherName} tensor parallelism" : $"; also {otherVerdict} with {otherName}";
        }

        var host = claim.HostBandwidthGbs is { } gbs ? $", RAM {gbs:0.#} GB/s" : "";
        var setup = $"{(claim.Count > 1 ? $"{claim.Count}× " : "")}{device.Name}, {model.Name} {claim.Quant}, {EngineNames.Display(engine)}{host}";
        return new GuideCorrectionView(
            claim.Id ?? "",
            claim.Quote ?? "",
            claim.Where ?? "",
            claim.Claimed[0],
            claim.Claimed[1],
            setup,
            Math.Round(estimate.CeilingTokensPerSecond, 1),
            estimate.Runs ? Math.Round(estimate.DecodeTokensPerSecondPerUser, 1) : null,
            verdict,
            otherName,
            other is { Runs: true } ? Math.Round(other.DecodeTokensPerSecondPerUser, 1) : null,
            other is null ? null : Math.Round(other.CeilingTokensPerSecond, 1),
            builds);
    }

    private static InferenceEstimate Estimate(ClaimEntry claim, DeviceSpec device, LanguageModel model, InferenceEngine engine, PhysicsConstants constants)
    {
        var host = claim.HostRamGb is { } ram ? new HostSpec(ram, claim.HostBandwidthGbs ?? 1) : null;
        var weights = new WeightFormat(claim.Quant ?? "", claim.BitsPerWeight, claim.BitsPerWeight >= 16 ? WeightFormatFamily.Fp16 : WeightFormatFamily.Gguf);
        var scenario = new InferenceScenario(model.Architecture, weights, Enumerable.Repeat(device, claim.Count).ToList(), engine, Host: host)
        {
            // The guide's figures are for short prompts; docs/seed-claims.md judges them at 256 tokens of context too.
            DecodePositionTokens = 256,
        };
        return InferenceEstimator.Estimate(scenario, constants);
    }

    private static string Classify(ClaimEntry claim, InferenceEstimate estimate)
    {
        var speed = estimate.Runs ? estimate.DecodeTokensPerSecondPerUser : 0;
        if (claim.Claimed[0] > estimate.CeilingTokensPerSecond)
        {
            return "breaks the bandwidth ceiling";
        }

        if (claim.Claimed[1] > estimate.CeilingTokensPerSecond)
        {
            return "top of range breaks the ceiling";
        }

        if (claim.Claimed[0] > speed * 1.25)
        {
            return "optimistic: above our estimate";
        }

        return claim.Claimed[1] < speed * 0.75 ? "pessimistic: below our estimate and measurements" : "consistent";
    }

    private static DeviceSpec? Device(ClaimEntry claim, Catalog catalog) =>
        catalog.Gpus.TryFind(claim.Device ?? "", out var gpu) ? CatalogDevices.ForGpu(gpu)
        : catalog.Systems.TryFind(claim.Device ?? "", out var system) ? CatalogDevices.ForSystem(system)
        : null;

    private static InferenceEngine Engine(string? id) =>
        EngineNames.TryParse(id, out var engine) ? engine : throw new PhysicsDataException($"{DefaultPath}: unknown engine '{id}'");

    private static IReadOnlyList<ClaimEntry> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new PhysicsDataException($"{path}: not found; the guide's claims ship with the catalog (rules/catalog/physics/seed-claims.yaml)");
        }

        try
        {
            var document = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .IgnoreUnmatchedProperties()
                .Build()
                .Deserialize<ClaimsDocument>(File.ReadAllText(path));
            var claims = document?.Claims ?? [];
            var broken = claims.FirstOrDefault(c => c.Claimed.Count != 2 || c.Count < 1 || c.BitsPerWeight <= 0);
            return broken is null
                ? claims
                : throw new PhysicsDataException($"{path}: claim '{broken.Id}' needs 'claimed: [low, high]', a count ≥ 1 and bits_per_weight > 0");
        }
        catch (YamlException ex)
        {
            throw new PhysicsDataException($"{path}:{ex.Start.Line}:{ex.Start.Column}: {ex.Message}", ex);
        }
    }

    private sealed class ClaimsDocument
    {
        public List<ClaimEntry>? Claims { get; set; }
    }

    private sealed class ClaimEntry
    {
        public string? Id { get; set; }

        public string? Quote { get; set; }

        public string? Where { get; set; }

        public List<double> Claimed { get; set; } = [];

        public string? Device { get; set; }

        public int Count { get; set; } = 1;

        public string? Engine { get; set; }

        public string? AlsoEngine { get; set; }

        public string? Model { get; set; }

        public string? Quant { get; set; }

        public double BitsPerWeight { get; set; }

        public double? HostRamGb { get; set; }

        public double? HostBandwidthGbs { get; set; }
    }
}
