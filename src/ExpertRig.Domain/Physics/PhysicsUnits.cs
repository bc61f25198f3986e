namespace ExpertRig.Domain.Physics;

/// <summary>Unit conversions shared by the estimators; every size they report is in GB of 10^9 bytes.</summary>
public static class PhysicsUnits
{
    /// <summary>Bytes in a decimal gigabyte, the unit of every reported size and of bandwidth (GB/s).</summary>
    public const double BytesPerGb = 1e9;

    /// <summary>Bytes in a binary gigabyte, the unit vendors use for VRAM, unified memory and DIMMs.</summary>
    public const double BytesPerGib = 1024.0 * 1024.0 * 1024.0;

    /// <summary>Converts bytes to decimal GB.</summary>
    public static double ToGb(double bytes) => bytes / BytesPerGb;
}
