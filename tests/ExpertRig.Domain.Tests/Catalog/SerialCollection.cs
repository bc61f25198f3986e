namespace ExpertRig.Domain.Tests.CatalogTests;

/// <summary>Timing tests run alone, so other tests in the process do not distort what they measure.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Catalog timing";
}
