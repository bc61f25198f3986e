namespace ExpertRig.Domain.Physics;

/// <summary>
/// Every calibrated constant of the physics model, loaded from <c>catalog/physics/constants.yaml</c> by
/// <see cref="PhysicsConstantsLoader"/>; pass one to the estimators directly to keep them free of files.
/// </summary>
/// <param name="DeviceClasses">Efficiencies of each device class; every <see cref="DeviceClass"/> has an entry.</param>
/// <param name="Decode">Decode constants shared by all classes.</param>
/// <param name="Interconnect">Links between GPUs.</param>
/// <param name="Memory">Memory-model constants.</param>
/// <param name="Power">PSU and circuit constants.</param>
public sealed record PhysicsConstants(
    IReadOnlyDictionary<DeviceClass, DeviceClassConstants> DeviceClasses,
    DecodeConstants Decode,
    InterconnectConstants Interconnect,
    MemoryConstants Memory,
    PowerConstants Power)
{
    /// <summary>The constants of one device class.</summary>
    public DeviceClassConstants For(DeviceClass deviceClass) =>
        DeviceClasses.TryGetValue(deviceClass, out var constants)
            ? constants
            : throw new InvalidOperationException($"The physics constants have no entry for device class '{DeviceClassIds.ToId(deviceClass)}'.");

    /// <summary>
    /// The constants of one class under one backend; null or an uncalibrated backend gives the class's default
    /// backend (whose numbers <see cref="For(DeviceClass)"/> returns).
    /// </summary>
    public DeviceClassConstants For(DeviceClass deviceClass, Backend? backend)
    {
        var primary = For(deviceClass);
        if (backend is not { } wanted || wanted == primary.Backend)
        {
            return primary;
        }

        // The first calibrated entry for the backend (a loop: every device of every estimate asks).
        var others = primary.OtherBackends;
        for (var i = 0; i < others.Count; i++)
        {
            if (others[i].Backend == wanted)
            {
                return others[i];
            }
        }

        return primary;
    }

    /// <summary>The constants of a device under its backend.</summary>
    public DeviceClassConstants For(DeviceSpec device)
    {
        var constants = For(device.Class, device.Backend);
        return device.Chip is { } chip && constants.ChipEfficiencies.TryGetValue(chip, out var efficiency)
            ? ForChip(constants, chip, efficiency)
            : constants;
    }

    // The class's constants with a chip's own bandwidth efficiency, made once per constants and chip (every device of
    // every Apple estimate asks several times). Key: the class constants by identity (an immutable record) and the chip;
    // complete, since the copy reads only those constants and the chip's efficiency, which is their own
    // ChipEfficiencies[chip]. Thread-safe (a concurrent dictionary per constants); the entry goes with the constants.
    private static DeviceClassConstants ForChip(DeviceClassConstants constants, string chip, double efficiency)
    {
        var chips = ChipConstants.GetValue(constants, static _ => new());
        if (!chips.TryGetValue(chip, out var known))
        {
            known = chips.GetOrAdd(chip, constants with { BandwidthEfficiency = efficiency });
        }

        return known;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DeviceClassConstants,
        System.Collections.Concurrent.ConcurrentDictionary<string, DeviceClassConstants>> ChipConstants = new();

    /// <summary>The backends calibrated for a class, the default first.</summary>
    public IReadOnlyList<Backend> BackendsOf(DeviceClass deviceClass) =>
        [For(deviceClass).Backend, .. For(deviceClass).OtherBackends.Select(b => b.Backend)];
}
