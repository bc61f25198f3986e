using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ExpertRig.Domain.Physics;

/// <summary>
/// The guide's speed figures listed in <c>catalog/physics/seed-claims.yaml</c>, recomputed with the physics: each claim's
/// setup (cards, model, quantization, engine, host RAM) is estimated at 256 tokens of context — the guide's figures are
/// for short prompts — and judged against the bandwidth ceiling and our estimate. A claim above the ceiling breaks it;
/// one more than 25% above our estimate is optimistic, one more than 25% below it pessimistic. The report's guide
/// corrections and docs/seed-claims.md both come from here; the caller resolves the claim's device and model (from the
/// catalog or from measurements.yaml).
/// </summary>
public sealed class SeedClaims
{
    /// <summary>The file name, in the catalog's physics folder.</summary>
    public const string FileName = "seed-claims.yaml";

    /// <summary>Context position the guide's figures are judged at: its figures are for short prompts.</summary>
    public const int DecodePositionTokens = 256;

    /// <summary>A claim above our estimate by more than this factor is optimistic (below it by as much, pessimistic).</summary>
    public const double Tolerance = 0.25;

    private static readonly Lazy<SeedClaims> Default = new(() => PrecompiledData.Installed?.SeedClaims() ?? Load(DefaultPath));

    /// <summary>The types a claims file holds.</summary>
    internal static readonly YamlTypes Types = new YamlTypes().Object<Document>().Object<Entry>().List<Entry>().List<double>();

    private static readonly Lazy<IDeserializer> Deserializer = new(() => Types.Deserializer(builder => builder
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking(),
        duplicateKeys: true));

    private SeedClaims(IReadOnlyList<Claim> claims) => Claims = claims;

    /// <summary>The claims file beside the running program.</summary>
    public static string DefaultPath => Path.Combine(CatalogLoader.DefaultDirectory, "physics", FileName);

    /// <summary>The claims, in file order.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The claims shipped beside the program, loaded once.</summary>
    /// <exception cref="PhysicsDataException">The file is missing or malformed.</exception>
    public static SeedClaims LoadDefault() => Default.Value;

    /// <summary>Claims that <see cref="Parse"/> has already read (the program's precompiled copy, <see cref="PrecompiledData"/>).</summary>
    public static SeedClaims FromValidatedClaims(IReadOnlyList<Claim> claims) => new(claims);

    /// <summary>Reads and checks a claims file.</summary>
    /// <exception cref="PhysicsDataException">The file is missing or malformed; the message names the file and line.</exception>
    public static SeedClaims Load(string path) => File.Exists(path)
        ? Parse(File.ReadAllText(path), path)
        : throw new PhysicsDataException($"{path}: not found; the guide's claims ship with the catalog (rules/catalog/physics/{FileName})");

    /// <summary>Parses claims from YAML text; <paramref name="sourceName"/> names the text in errors.</summary>
    /// <exception cref="PhysicsDataException">A key is unknown or a claim lacks a setup the physics can estimate.</exception>
    public static SeedClaims Parse(string yaml, string sourceName)
    {
        Document? document;
        try
        {
            document = Deserializer.Value.Deserialize<Document?>(yaml);
        }
        catch (YamlException error)
        {
            throw new PhysicsDataException($"{sourceName}:{error.Start.Line}:{error.Start.Column}: {YamlMessages.Describe(error)}", error);
        }

        var entries = document?.Claims ?? throw new PhysicsDataException($"{sourceName}: has no 'claims:' list");
        return new SeedClaims([.. entries.Select(entry => entry.ToClaim(sourceName))]);
    }

    /// <summary>Recomputes <paramref name="claim"/> on <paramref name="device"/> (× the claim's count) running <paramref name="model"/>.</summary>
    public static Verdict Judge(Claim claim, DeviceSpec device, ModelArchitecture model, PhysicsConstants constants)
    {
        var estimate = Estimate(claim, device, model, claim.Engine, constants);
        var text = Classify(claim, estimate);
        InferenceEstimate? also = null;
        if (claim.AlsoEngine is { } other)
        {
            also = Estimate(claim, device, model, other, constants);
            var otherText = Classify(claim, also);
            var name = EngineNames.Display(other);
            text += otherText == "consistent" ? $"; reachable only with {name} tensor parallelism" : $"; also {otherText} with {name}";
        }

        return new Verdict(claim, device, estimate, also, text);
    }

    private static InferenceEstimate Estimate(Claim claim, DeviceSpec device, ModelArchitecture model, InferenceEngine engine, PhysicsConstants constants)
    {
        var host = claim.HostRamGb is { } ram ? new HostSpec(ram, claim.HostBandwidthGbs ?? 0) : null;
        var weights = new WeightFormat(claim.Quant, claim.BitsPerWeight, claim.BitsPerWeight >= 16 ? WeightFormatFamily.Fp16 : WeightFormatFamily.Gguf);
        var scenario = new InferenceScenario(model, weights, Enumerable.Repeat(device, claim.Count).ToList(), engine, Host: host)
        {
            DecodePositionTokens = DecodePositionTokens,
        };
        return InferenceEstimator.Estimate(scenario, constants);
    }

    // Judges the claimed range against one engine's ceiling and estimate.
    private static string Classify(Claim claim, InferenceEstimate estimate)
    {
        var speed = estimate.Runs ? estimate.DecodeTokensPerSecondPerUser : 0;
        if (claim.ClaimedLow > estimate.CeilingTokensPerSecond)
        {
            return "breaks the bandwidth ceiling";
        }

        if (claim.ClaimedHigh > estimate.CeilingTokensPerSecond)
        {
            return "top of range breaks the ceiling";
        }

        if (claim.ClaimedLow > speed * (1 + Tolerance))
        {
            return "optimistic: above our estimate";
        }

        return claim.ClaimedHigh < speed * (1 - Tolerance) ? "pessimistic: below our estimate and measurements" : "consistent";
    }

    /// <summary>One guide figure and the setup it describes.</summary>
    /// <param name="Id">The claim's id in the file.</param>
    /// <param name="Quote">The guide's words.</param>
    /// <param name="Where">The guide section.</param>
    /// <param name="ClaimedLow">Low end of the claimed tokens per second.</param>
    /// <param name="ClaimedHigh">High end (equal to the low end for a single figure).</param>
    /// <param name="Device">Device id (catalog GPU or system, or a measurements.yaml device).</param>
    /// <param name="Count">Number of cards.</param>
    /// <param name="Engine">The engine the guide's figure is for (llama.cpp when the guide does not say).</param>
    /// <param name="AlsoEngine">A tensor-parallel engine to try when only it could reach the figure.</param>
    /// <param name="Model">Model id.</param>
    /// <param name="Quant">Quantization name, e.g. Q4_K_M.</param>
    /// <param name="BitsPerWeight">Effective bits per weight of that quantization for this model.</param>
    /// <param name="HostRamGb">System RAM offloaded layers may use; null for none.</param>
    /// <param name="HostBandwidthGbs">That RAM's bandwidth (given exactly when <paramref name="HostRamGb"/> is).</param>
    public sealed record Claim(
        string Id,
        string Quote,
        string Where,
        double ClaimedLow,
        double ClaimedHigh,
        string Device,
        int Count,
        InferenceEngine Engine,
        InferenceEngine? AlsoEngine,
        string Model,
        string Quant,
        double BitsPerWeight,
        double? HostRamGb,
        double? HostBandwidthGbs);

    /// <summary>A claim recomputed: the estimate with the claim's engine, the tensor-parallel engine's if any, and the verdict.</summary>
    /// <param name="Claim">The claim.</param>
    /// <param name="Device">The device it was estimated on.</param>
    /// <param name="Estimate">The estimate with <see cref="Claim.Engine"/>.</param>
    /// <param name="Also">The estimate with <see cref="Claim.AlsoEngine"/>; null without one.</param>
    /// <param name="Text">The verdict, e.g. "breaks the bandwidth ceiling; reachable only with vllm tensor parallelism".</param>
    public sealed record Verdict(Claim Claim, DeviceSpec Device, InferenceEstimate Estimate, InferenceEstimate? Also, string Text)
    {
        /// <summary>The setup in words, e.g. "2× GeForce RTX 3090, llama-3-70b Q4_K_M, llama.cpp, RAM 96 GB/s".</summary>
        /// <param name="modelName">How to name the model (its id or its display name).</param>
        public string Setup(string modelName) =>
            $"{(Claim.Count > 1 ? $"{Claim.Count}× " : string.Empty)}{Device.Name}, {modelName} {Claim.Quant}, {EngineNames.Display(Claim.Engine)}"
            + (Claim.HostBandwidthGbs is { } gbs ? $", RAM {Figures.Number(gbs)} GB/s" : string.Empty);
    }

    private sealed class Document
    {
        public List<Entry>? Claims { get; set; }
    }

    private sealed class Entry
    {
        public string? Id { get; set; }

        public string? Quote { get; set; }

        public string? Where { get; set; }

        public List<double>? Claimed { get; set; }

        public string? Device { get; set; }

        public int Count { get; set; } = 1;

        public string? Engine { get; set; }

        public string? AlsoEngine { get; set; }

        public string? Model { get; set; }

        public string? Quant { get; set; }

        public double BitsPerWeight { get; set; }

        public double? HostRamGb { get; set; }

        public double? HostBandwidthGbs { get; set; }

        public Claim ToClaim(string sourceName)
        {
            string Fail(string detail) => throw new PhysicsDataException($"{sourceName}: claim '{Id}': {detail}");
            string Text(string? value, string key) => string.IsNullOrWhiteSpace(value) ? Fail($"'{key}' is required") : value;
            InferenceEngine Parse(string id, string key) =>
                EngineNames.TryParse(id, out var engine) ? engine : throw new PhysicsDataException($"{sourceName}: claim '{Id}': {key} '{id}' is not an engine (llama.cpp, ollama, vllm, exllamav2, mlx)");

            Text(Id, "id");
            if (Claimed is not [var low, var high] || low > high || low < 0)
            {
                Fail("needs 'claimed: [low, high]' with low ≤ high");
            }

            if (Count < 1 || BitsPerWeight <= 0)
            {
                Fail("needs a count ≥ 1 and bits_per_weight > 0");
            }

            if ((HostRamGb is null) != (HostBandwidthGbs is null) || HostRamGb <= 0 || HostBandwidthGbs <= 0)
            {
                Fail("host_ram_gb and host_bandwidth_gbs go together, both greater than 0");
            }

            return new Claim(
                Id!,
                Text(Quote, "quote"),
                Text(Where, "where"),
                Claimed![0],
                Claimed[1],
                Text(Device, "device"),
                Count,
                Engine is null ? InferenceEngine.LlamaCpp : Parse(Engine, "engine"),
                AlsoEngine is null ? null : Parse(AlsoEngine, "also_engine"),
                Text(Model, "model"),
                Text(Quant, "quant"),
                BitsPerWeight,
                HostRamGb,
                HostBandwidthGbs);
        }
    }
}
