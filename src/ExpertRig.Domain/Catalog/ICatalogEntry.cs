namespace ExpertRig.Domain.Catalog;

/// <summary>What every catalog entry has: a stable id, a display name and where its numbers come from.</summary>
public interface ICatalogEntry
{
    /// <summary>Lowercase kebab-case id, unique across the whole catalog (e.g. <c>rtx-4090</c>).</summary>
    string Id { get; }

    /// <summary>Human-readable product or model name.</summary>
    string Name { get; }

    /// <summary>Where the entry's figures come from (guide section, reference row, vendor page).</summary>
    string Source { get; }

    /// <summary>Corrections, caveats and disagreements between sources; null when there are none.</summary>
    string? Note { get; }
}
