namespace ExpertRig.Domain.Physics;

/// <summary>The host computer around the accelerators: system RAM takes offloaded layers, storage loads the model.</summary>
/// <param name="SystemRamGb">Installed system RAM as marketed (binary GB).</param>
/// <param name="RamBandwidthGbs">Theoretical RAM bandwidth in GB/s: channels × MT/s × 8 bytes ÷ 1000.</param>
/// <param name="StorageReadMbs">Sequential read of the drive holding the model in MB/s; null when unknown.</param>
public sealed record HostSpec(double SystemRamGb, double RamBandwidthGbs, double? StorageReadMbs = null)
{
    /// <summary>Theoretical bandwidth of a RAM configuration: channels × transfers per second × 8 bytes per transfer.</summary>
    public static double RamBandwidth(int channels, int megaTransfersPerSecond) => channels * megaTransfersPerSecond * 8 / 1000.0;
}
