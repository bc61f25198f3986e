using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.CatalogTests;

/// <summary>A model's architecture is made once per model instance, and never outlives a change to the model.</summary>
public sealed class LanguageModelArchitectureTests
{
    private static readonly ExpertRig.Domain.Catalog.Catalog Shipped = CatalogLoader.LoadDefault();

    public static TheoryData<string> Models => [.. Shipped.Models.Select(m => m.Id)];

    [Theory]
    [MemberData(nameof(Models))]
    public void IsMadeOnce_AndReadingIt_LeavesTheModelsValueAlone(string id)
    {
        var model = Shipped.FindModel(id);
        var copy = model with { };
        var hash = copy.GetHashCode();
        var text = copy.ToString();

        model.Architecture.ShouldBeSameAs(model.Architecture);

        model.ShouldBe(copy);
        model.GetHashCode().ShouldBe(hash);
        model.ToString().ShouldBe(text);
        copy.GetHashCode().ShouldBe(hash);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void AWithCopy_HasTheArchitectureOfWhatItChanged(string id)
    {
        var model = Shipped.FindModel(id);
        var before = model.Architecture;

        var deeper = model with { Layers = model.Layers + 1, KvHeads = model.KvHeads + 2, ParamsActiveB = model.ParamsActiveB / 2 };

        deeper.Architecture.Layers.ShouldBe(model.Layers + 1);
        deeper.Architecture.KvHeads.ShouldBe(model.KvHeads + 2);
        deeper.Architecture.ParamsActiveB.ShouldBe(model.ParamsActiveB / 2);
        deeper.Architecture.ShouldBe(before with { Layers = model.Layers + 1, KvHeads = model.KvHeads + 2, ParamsActiveB = model.ParamsActiveB / 2 });
        model.Architecture.ShouldBeSameAs(before);
        (model with { }).Architecture.ShouldBe(before);
    }
}
