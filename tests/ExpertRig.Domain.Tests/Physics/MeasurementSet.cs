using ExpertRig.Domain.Physics;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>The measured figures of <c>catalog/physics/measurements.yaml</c>, turned into physics inputs.</summary>
public sealed class MeasurementSet
{
    private MeasurementSet(Document document)
    {
        Devices = document.Devices!.ToDictionary(d => d.Id!, ToDevice);
        Segments = document.Devices!.ToDictionary(d => d.Name!, d => d.Segment!);
        Models = document.Models!.ToDictionary(m => m.Id!, ToModel);
        Decode = document.Decode!.Select(d => new DecodeMeasurement(
                OnBackend(Devices[d.Device!], d.Backend), d.Count, Models[d.Model!], new WeightFormat(d.Quant!, d.BitsPerWeight, WeightFormatFamily.Gguf),
                Engine(d.Engine), d.PositionTokens, d.TokensPerS, d.Source!, d.Note)
                {
                    ModelId = d.Model!,
                    Host = d.RamBandwidthGbs is { } ram ? new HostSpec(d.RamGb ?? 0, ram) : null,
                    CpuMoeLayers = d.NCpuMoe,
                })
            .ToList();
        Prompt = document.Prompt!.Select(p => new PromptMeasurement(
                OnBackend(Devices[p.Device!], p.Backend), Models[p.Model!], new WeightFormat(p.Quant!, p.BitsPerWeight, WeightFormatFamily.Gguf), p.PromptTokens, p.TokensPerS, p.Source!) { ModelId = p.Model!, DepthTokens = p.DepthTokens })
            .ToList();
        Batched = document.Batched!.Select(b => new BatchedMeasurement(
                Devices[b.Device!], Models[b.Model!], new WeightFormat(b.Quant!, b.BitsPerWeight, WeightFormatFamily.Gguf),
                b.PromptTokens, b.GeneratedTokens, b.Sequences, b.AggregateTokensPerS, b.Source!) { ModelId = b.Model! })
            .ToList();
    }

    public IReadOnlyDictionary<string, DeviceSpec> Devices { get; }

    /// <summary>Market segment of each device by name (consumer, workstation, datacenter, apple, unified) for per-segment error.</summary>
    public IReadOnlyDictionary<string, string> Segments { get; }

    public IReadOnlyDictionary<string, ModelArchitecture> Models { get; }

    public IReadOnlyList<DecodeMeasurement> Decode { get; }

    public IReadOnlyList<PromptMeasurement> Prompt { get; }

    public IReadOnlyList<BatchedMeasurement> Batched { get; }

    public static MeasurementSet Load() => Parse(File.ReadAllText(PhysicsFiles.Measurements));

    public static MeasurementSet Parse(string yaml)
    {
        var document = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build()
            .Deserialize<Document>(yaml);
        return new MeasurementSet(document);
    }

    private static InferenceEngine Engine(string? id) =>
        EngineNames.TryParse(id, out var engine) ? engine : throw new InvalidDataException($"measurements.yaml: unknown engine '{id}'");

    private static DeviceSpec ToDevice(DeviceEntry d) =>
        DeviceClassIds.TryParse(d.Class, out var deviceClass)
            ? OnBackend(new DeviceSpec(d.Name!, deviceClass, d.MemoryGb, d.BandwidthGbs, d.Fp16Tflops, d.PcieGeneration ?? 4, 16, d.NvlinkGbs ?? 0, Fp16AccumulateTflops: d.Fp16AccumulateTflops) { Chip = deviceClass == DeviceClass.AppleSilicon ? AppleChips.Parse(d.Name) : null }, d.Backend ?? throw new InvalidDataException($"measurements.yaml: device '{d.Id}' needs the backend it was measured on"))
            : throw new InvalidDataException($"measurements.yaml: device '{d.Id}' has unknown class '{d.Class}'");

    // A row measured on another backend than its device's default (an RTX 3090 under Vulkan, say).
    private static DeviceSpec OnBackend(DeviceSpec device, string? backend) =>
        backend is null ? device
        : BackendNames.TryParse(backend, out var parsed) ? device with { Backend = parsed }
        : throw new InvalidDataException($"measurements.yaml: unknown backend '{backend}'");

    private static ModelArchitecture ToModel(ModelEntry m) =>
        new(m.ParamsTotalB, m.ParamsActiveB, m.Layers, m.HiddenSize, m.AttentionHeads, m.KvHeads, m.HeadDim, m.MaxContextTokens)
        {
            VocabSize = m.VocabSize,
            TiedEmbeddings = m.TiedEmbeddings,
            SlidingWindowLayers = m.SlidingWindowLayers,
            SlidingWindowTokens = m.SlidingWindowTokens,
            Experts = m.Experts is { } x ? new ExpertLayout(x.Routed, x.Active, x.Shared, x.DenseLayers, x.ExpertFfnDim, x.SharedFfnDim, x.DenseFfnDim) : null,
        };

    private sealed class Document
    {
        public List<DeviceEntry>? Devices { get; set; }

        public List<ModelEntry>? Models { get; set; }

        public List<DecodeEntry>? Decode { get; set; }

        public List<PromptEntry>? Prompt { get; set; }

        public List<BatchedEntry>? Batched { get; set; }
    }

    private sealed class DeviceEntry
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? Segment { get; set; }

        public string? Class { get; set; }

        public string? Backend { get; set; }

        public double MemoryGb { get; set; }

        public double BandwidthGbs { get; set; }

        public double Fp16Tflops { get; set; }

        public double? Fp16AccumulateTflops { get; set; }

        public int? PcieGeneration { get; set; }

        public double? NvlinkGbs { get; set; }

        public string? Source { get; set; }
    }

    private sealed class ModelEntry
    {
        public string? Id { get; set; }

        public double ParamsTotalB { get; set; }

        public double ParamsActiveB { get; set; }

        public int Layers { get; set; }

        public int HiddenSize { get; set; }

        public int AttentionHeads { get; set; }

        public int KvHeads { get; set; }

        public int HeadDim { get; set; }

        public int VocabSize { get; set; }

        public bool TiedEmbeddings { get; set; }

        public int MaxContextTokens { get; set; }

        public int SlidingWindowLayers { get; set; }

        public int SlidingWindowTokens { get; set; }

        public ExpertEntry? Experts { get; set; }

        public string? Source { get; set; }
    }

    private sealed class ExpertEntry
    {
        public int Routed { get; set; }

        public int Active { get; set; }

        public int Shared { get; set; }

        public int DenseLayers { get; set; }

        public int ExpertFfnDim { get; set; }

        public int SharedFfnDim { get; set; }

        public int DenseFfnDim { get; set; }
    }

    private sealed class DecodeEntry
    {
        public string? Device { get; set; }

        public int Count { get; set; }

        public string? Model { get; set; }

        public string? Quant { get; set; }

        public double BitsPerWeight { get; set; }

        public string? Engine { get; set; }

        public string? Backend { get; set; }

        public int PositionTokens { get; set; }

        public double TokensPerS { get; set; }

        public List<double>? Range { get; set; }

        public double? RamGb { get; set; }

        public double? RamBandwidthGbs { get; set; }

        public int? NCpuMoe { get; set; }

        public string? Note { get; set; }

        public string? Source { get; set; }
    }

    private sealed class PromptEntry
    {
        public string? Device { get; set; }

        public string? Model { get; set; }

        public string? Quant { get; set; }

        public double BitsPerWeight { get; set; }

        public string? Backend { get; set; }

        public int PromptTokens { get; set; }

        public int DepthTokens { get; set; }

        public double TokensPerS { get; set; }

        public string? Source { get; set; }
    }

    private sealed class BatchedEntry
    {
        public string? Device { get; set; }

        public string? Model { get; set; }

        public string? Quant { get; set; }

        public double BitsPerWeight { get; set; }

        public int PromptTokens { get; set; }

        public int GeneratedTokens { get; set; }

        public int Sequences { get; set; }

        public double AggregateTokensPerS { get; set; }

        public string? Source { get; set; }
    }
}
