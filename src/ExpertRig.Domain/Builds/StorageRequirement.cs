namespace ExpertRig.Domain.Builds;

/// <summary>Drive space a profile's models need.</summary>
/// <param name="ModelFilesGb">Every workload's weight file at its largest plausible quantization (each model and quant once).</param>
/// <param name="ModelDriveGb">Model-drive space: the files × <see cref="StorageSizing.Headroom"/>.</param>
/// <param name="DedicatedModelDrive">True when one model drive must hold at least <see cref="StorageSizing.DedicatedDriveTb"/> TB (405B-class models).</param>
/// <param name="Basis">The files counted, e.g. "Llama 3 70B Q4_K_M (42.5 GB) × 2 headroom".</param>
/// <param name="ArchiveReason">Why offline copies belong on an archive disk (405B-class models, air-gapped machine); null when they do not.</param>
public sealed record StorageRequirement(double ModelFilesGb, double ModelDriveGb, bool DedicatedModelDrive, string Basis, string? ArchiveReason)
{
    private DeferredText basis = new(Basis);

    /// <summary>A requirement whose <see cref="Basis"/> is written when first read (it goes only into drive reasons).</summary>
    internal StorageRequirement(double modelFilesGb, double modelDriveGb, bool dedicatedModelDrive, Func<string> basis, string? archiveReason)
        : this(modelFilesGb, modelDriveGb, dedicatedModelDrive, string.Empty, archiveReason)
    {
        this.basis = new(basis);
    }

    /// <summary>The files counted, e.g. "Llama 3 70B Q4_K_M (42.5 GB) × 2 headroom".</summary>
    public string Basis
    {
        get => basis.Text;
        init => basis = new(value);
    }

    /// <summary>True when the build should carry an archive hard disk.</summary>
    public bool ArchiveDrive => ArchiveReason is not null;
}
