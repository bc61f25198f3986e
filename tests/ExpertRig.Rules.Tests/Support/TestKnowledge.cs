using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Rules.Tests.Support;

/// <summary>The real catalog and physics constants, as shipped beside the test binaries.</summary>
internal static class TestKnowledge
{
    private static readonly Lazy<Knowledge> Loaded =
        new(() => new Knowledge(CatalogLoader.LoadDefault(), PhysicsConstantsLoader.LoadDefault()));

    public static Knowledge Instance => Loaded.Value;

    public static Catalog Catalog => Instance.Catalog;
}
