namespace ExpertRig.Domain.Builds;

/// <summary>The part categories a complete discrete-GPU machine needs; a unified system is complete by itself.</summary>
public static class BuildCompleteness
{
    /// <summary>The missing categories in bill-of-materials order ("motherboard", "psu", …); empty when the build is complete.</summary>
    public static IReadOnlyList<string> Missing(Build build)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (build.IsUnified)
        {
            return [];
        }

        var missing = new List<string>();
        Need(build.Gpu is not null, "GPU");
        Need(build.Cpu is not null, "CPU");
        Need(build.Motherboard is not null, "motherboard");
        Need(build.Memory is not null && build.MemoryKitCount > 0, "memory");
        Need(build.Storage.Count > 0, "storage drive");
        Need(build.Psu is not null && build.PsuCount > 0, "PSU");
        Need(build.Cooler is not null, "CPU cooler");
        Need(build.Case is not null, "case");
        return missing;

        void Need(bool present, string category)
        {
            if (!present)
            {
                missing.Add(category);
            }
        }
    }
}
