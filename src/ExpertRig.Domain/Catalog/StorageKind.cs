namespace ExpertRig.Domain.Catalog;

/// <summary>Drive technology.</summary>
public enum StorageKind
{
    /// <summary>NVMe solid-state drive (M.2).</summary>
    Nvme,

    /// <summary>Spinning hard disk.</summary>
    Hdd,
}
