using System.Globalization;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>The x16 slots a build's GPUs go in, top to bottom, and the expansion slots each card covers.</summary>
/// <param name="Slots">The populated slots, ordered by position.</param>
/// <param name="SlotsPerCard">Expansion slots one card covers (its thickness rounded up).</param>
public sealed record GpuSlotLayout(IReadOnlyList<PcieSlot> Slots, int SlotsPerCard)
{
    /// <summary>
    /// True when every card hangs on a PCIe riser cable (an open frame) instead of sitting in its slot: card thickness
    /// no longer limits which slots can be used, and a split slot appears in <see cref="Slots"/> once per card.
    /// </summary>
    public bool OnRisers { get; init; }

    /// <summary>Positions of x16 slots bifurcated x8/x8 so that two cards on risers share them.</summary>
    public IReadOnlyList<int> SplitPositions { get; init; } = [];

    /// <summary>Populated slots wired to the CPU.</summary>
    public int CpuSlotCount => Slots.Count(s => s.Via == LaneSource.Cpu);

    /// <summary>The lowest rear bracket the cards cover: the case needs at least this many expansion slots.</summary>
    public int BottomBracket => OnRisers ? Slots.Count : Slots[^1].Position + SlotsPerCard - 1;

    /// <summary>Electrical lanes of a populated slot: its shared width once another CPU-wired slot is also in use.</summary>
    public int LanesOf(PcieSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var lanes = slot.Via == LaneSource.Cpu && CpuSlotCount > 1 ? slot.LanesWhenShared : slot.Lanes;
        return SplitPositions.Contains(slot.Position) ? lanes / 2 : lanes;
    }

    /// <summary>The slot positions, e.g. "1, 3, 5, 7".</summary>
    public string PositionList => string.Join(", ", Slots.Select(s => s.Position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>True when this plan gives the GPUs more CPU wiring, then more lanes, then needs fewer case brackets.</summary>
    public bool IsBetterThan(GpuSlotLayout other)
    {
        if (CpuSlotCount != other.CpuSlotCount)
        {
            return CpuSlotCount > other.CpuSlotCount;
        }

        var lanes = Slots.Sum(LanesOf);
        var otherLanes = other.Slots.Sum(other.LanesOf);
        return lanes != otherLanes ? lanes > otherLanes : BottomBracket < other.BottomBracket;
    }
}
