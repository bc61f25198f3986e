namespace ExpertRig.Domain.Physics;

/// <summary>The kebab-case ids that YAML files use for <see cref="DeviceClass"/> values.</summary>
public static class DeviceClassIds
{
    private static readonly IReadOnlyDictionary<DeviceClass, string> Ids = new Dictionary<DeviceClass, string>
    {
        [DeviceClass.NvidiaGddr] = "nvidia-gddr",
        [DeviceClass.NvidiaHbm] = "nvidia-hbm",
        [DeviceClass.NvidiaUnified] = "nvidia-unified",
        [DeviceClass.AppleSilicon] = "apple-silicon",
        [DeviceClass.AmdGddr] = "amd-gddr",
        [DeviceClass.AmdUnified] = "amd-unified",
    };

    /// <summary>Every id, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = Ids.Values.ToList();

    /// <summary>The YAML id of a class.</summary>
    public static string ToId(DeviceClass deviceClass) => Ids[deviceClass];

    /// <summary>Parses a YAML id; returns false for anything not in <see cref="All"/>.</summary>
    public static bool TryParse(string? id, out DeviceClass deviceClass)
    {
        foreach (var (value, text) in Ids)
        {
            if (string.Equals(text, id, StringComparison.Ordinal))
            {
                deviceClass = value;
                return true;
            }
        }

        deviceClass = default;
        return false;
    }
}
