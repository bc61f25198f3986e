namespace ExpertRig.Domain.Physics;

/// <summary>The ids YAML files use for <see cref="Backend"/> values, and their display names.</summary>
public static class BackendNames
{
    private static readonly IReadOnlyDictionary<Backend, (string Id, string Display)> Names = new Dictionary<Backend, (string, string)>
    {
        [Backend.Cuda] = ("cuda", "CUDA"),
        [Backend.Rocm] = ("rocm", "ROCm"),
        [Backend.Vulkan] = ("vulkan", "Vulkan"),
        [Backend.Metal] = ("metal", "Metal"),
        [Backend.Sycl] = ("sycl", "SYCL"),
        [Backend.Cpu] = ("cpu", "CPU"),
    };

    /// <summary>Every id, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = Names.Values.Select(n => n.Id).ToList();

    /// <summary>The YAML id of a backend (cuda, rocm, vulkan, metal, sycl, cpu).</summary>
    public static string ToId(Backend backend) => Names[backend].Id;

    /// <summary>The name a report shows (CUDA, ROCm, Vulkan, Metal, SYCL, CPU).</summary>
    public static string Display(Backend backend) => Names[backend].Display;

    /// <summary>Parses a YAML id (case-insensitive); returns false for anything not in <see cref="All"/>.</summary>
    public static bool TryParse(string? id, out Backend backend)
    {
        foreach (var (value, names) in Names)
        {
            if (string.Equals(names.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                backend = value;
                return true;
            }
        }

        backend = default;
        return false;
    }
}
