namespace ExpertRig.Domain.Catalog.Yaml;

/// <summary>One parsed catalog file: its entries and where each entry sits in the file.</summary>
internal sealed record CatalogFile<T>(string FileName, IReadOnlyList<T> Entries, IReadOnlyList<EntryLocation> Locations);
