using System.Runtime.Serialization;

namespace ExpertRig.Domain.Catalog;

/// <summary>ATX12V revision of a power supply; 3.x units are specified for GPU power excursions.</summary>
public enum AtxVersion
{
    /// <summary>ATX 2.x: no native 12V-2x6 requirement, no excursion spec.</summary>
    [EnumMember(Value = "2.x")]
    Atx2,

    /// <summary>ATX 3.0: 12VHPWR, tolerates 200% power excursions.</summary>
    [EnumMember(Value = "3.0")]
    Atx30,

    /// <summary>ATX 3.1: 12V-2x6 with shorter sense pins.</summary>
    [EnumMember(Value = "3.1")]
    Atx31,
}
