namespace ExpertRig.Reporting;

/// <summary>
/// Where the audit trail (every rule firing with its facts) goes: by default the report only says how to get it; on
/// request it is written inline as the last appendix, or to a file of its own that the report names.
/// </summary>
/// <param name="Inline">The trail is the report's last appendix.</param>
/// <param name="File">The file the trail was written to, as the user gave it; null when it was not.</param>
public sealed record AuditPlacement(bool Inline, string? File)
{
    /// <summary>The default: the report points to <c>--audit</c> and <c>expertrig explain</c>.</summary>
    public static AuditPlacement Pointer { get; } = new(false, null);

    /// <summary>The trail inside the report (<c>--audit</c> without a file).</summary>
    public static AuditPlacement InReport { get; } = new(true, null);

    /// <summary>The trail in <paramref name="path"/> (<c>--audit &lt;file&gt;</c>).</summary>
    public static AuditPlacement InFile(string path) => new(false, path);
}
