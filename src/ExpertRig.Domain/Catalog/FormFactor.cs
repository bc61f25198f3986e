using System.Runtime.Serialization;

namespace ExpertRig.Domain.Catalog;

/// <summary>Motherboard size standard; a case lists the ones it mounts.</summary>
public enum FormFactor
{
    /// <summary>Mini-ITX (170 x 170 mm).</summary>
    MiniItx,

    /// <summary>Micro-ATX (244 x 244 mm).</summary>
    MicroAtx,

    /// <summary>ATX (305 x 244 mm).</summary>
    Atx,

    /// <summary>Extended ATX (305 x up to ~280 mm; the width varies by maker).</summary>
    [EnumMember(Value = "e-atx")]
    EAtx,

    /// <summary>SSI CEB (305 x 267 mm).</summary>
    Ceb,

    /// <summary>SSI EEB (305 x 330 mm), workstation and server boards.</summary>
    Eeb,
}
