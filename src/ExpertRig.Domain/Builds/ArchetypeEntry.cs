namespace ExpertRig.Domain.Builds;

/// <summary>One archetypes.yaml entry as YamlDotNet fills it: every key nullable so a missing key can be named.</summary>
internal sealed class ArchetypeEntry
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Source { get; set; }

    public string? Note { get; set; }

    public string? Gpu { get; set; }

    public int? GpuCount { get; set; }

    public int? NvlinkPairs { get; set; }

    public bool? UsedGpus { get; set; }

    public List<string>? Systems { get; set; }

    public string? Cpu { get; set; }

    public string? Motherboard { get; set; }

    public string? Memory { get; set; }

    public List<string>? Storage { get; set; }

    public List<string>? Psus { get; set; }

    public string? Cooler { get; set; }

    public string? Case { get; set; }

    public List<string>? Os { get; set; }

    public string? Engine { get; set; }
}
