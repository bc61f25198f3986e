namespace ExpertRig.Domain.Catalog;

/// <summary>The operating system a unified-memory system ships with.</summary>
public enum OperatingSystemKind
{
    /// <summary>Apple macOS.</summary>
    Macos,

    /// <summary>Linux (DGX OS on the DGX Spark).</summary>
    Linux,
}
