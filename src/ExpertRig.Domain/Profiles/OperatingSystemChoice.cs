namespace ExpertRig.Domain.Profiles;

/// <summary>The operating system the user will run the machine under (profile key <c>os</c>).</summary>
public enum OperatingSystemChoice
{
    /// <summary>No preference: any platform the rules find best (YAML <c>any</c>).</summary>
    Any,

    /// <summary>Linux (YAML <c>linux</c>); required for ROCm and the usual choice for multi-GPU serving.</summary>
    Linux,

    /// <summary>Windows (YAML <c>windows</c>).</summary>
    Windows,

    /// <summary>macOS (YAML <c>macos</c>), which only Apple Silicon machines run.</summary>
    MacOS,
}
