namespace ExpertRig.Domain.Catalog;

/// <summary>80 PLUS efficiency certification of a power supply.</summary>
public enum EfficiencyRating
{
    /// <summary>80 PLUS Bronze (about 85% at half load).</summary>
    Bronze,

    /// <summary>80 PLUS Gold (about 90% at half load).</summary>
    Gold,

    /// <summary>80 PLUS Platinum (about 92% at half load).</summary>
    Platinum,

    /// <summary>80 PLUS Titanium (about 94% at half load).</summary>
    Titanium,
}
