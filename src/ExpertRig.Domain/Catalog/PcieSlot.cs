namespace ExpertRig.Domain.Catalog;

/// <summary>One physically x16 slot on a motherboard, with its wiring and place in the slot stack.</summary>
public sealed record PcieSlot
{
    /// <summary>Expansion-slot index from the top (1 = nearest the CPU); differences give card spacing.</summary>
    public required int Position { get; init; }

    /// <summary>Electrical lanes when the slot is used alone.</summary>
    public required int Lanes { get; init; }

    /// <summary>Electrical lanes when the slots it shares lanes with are also populated; null when it shares none.</summary>
    public int? LanesShared { get; init; }

    /// <summary>PCIe generation.</summary>
    public required int Gen { get; init; }

    /// <summary>Whether the lanes come from the CPU or the chipset.</summary>
    public required LaneSource Via { get; init; }

    /// <summary>Lanes the slot keeps when every GPU slot is populated.</summary>
    public int LanesWhenShared => LanesShared ?? Lanes;
}
