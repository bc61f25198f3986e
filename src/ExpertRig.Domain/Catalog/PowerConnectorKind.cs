using System.Runtime.Serialization;

namespace ExpertRig.Domain.Catalog;

/// <summary>The auxiliary power plug a GPU takes, which the PSU must supply.</summary>
public enum PowerConnectorKind
{
    /// <summary>16-pin 12V-2x6 (or its predecessor 12VHPWR), up to 600 W.</summary>
    [EnumMember(Value = "12v-2x6")]
    TwelveVolt2x6,

    /// <summary>8-pin PCIe plug, 150 W each.</summary>
    [EnumMember(Value = "pcie-8pin")]
    Pcie8Pin,

    /// <summary>8-pin EPS (CPU-style) plug used by some professional cards, up to 300 W.</summary>
    [EnumMember(Value = "eps-8pin")]
    Eps8Pin,
}
