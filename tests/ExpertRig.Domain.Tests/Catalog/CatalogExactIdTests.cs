using CsCheck;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.CatalogTests;

/// <summary>
/// A section answers an id typed exactly as the file spells it from an index built once, without normalising it again:
/// the answer must be the forgiving lookup's, clashes and ambiguous spellings included.
/// </summary>
public sealed class CatalogExactIdTests
{
    [Fact]
    public void ExactId_AnswersAsTheSameIdWithSurroundingSpaces_InAnySection()
    {
        // Ids and names from a small alphabet clash often: an id that is another entry's name, two ids one spelling.
        var text = Gen.Char["aAb1-_ ."].Array[1, 4].Select(chars => new string(chars));
        var sections = Gen.Select(text, text).Array[1, 6]
            .Select(pairs => pairs.Select(p => new Entry(p.Item1, p.Item2)).ToArray());

        sections.Sample(
            entries =>
            {
                var section = new CatalogSection<Entry>(entries, "entry", "entries.yaml", "the test");
                return entries.All(e => Same(section, e.Id, $" {e.Id} "));
            },
            iter: 5000);
    }

    [Fact]
    public void ExactId_SharedByTwoEntries_FindsNeither()
    {
        var section = new CatalogSection<Entry>([new("b-1", "first"), new("B 1", "second")], "entry", "entries.yaml", "the test");

        section.TryFind("b-1", out _).ShouldBeFalse();
        section.TryFind("B 1", out _).ShouldBeFalse();
        Should.Throw<CatalogLookupException>(() => section.Find("b-1")).Message.ShouldStartWith("unknown entry 'b-1'");
    }

    [Fact]
    public void ExactId_OfTheShippedCatalog_FindsItsEntry()
    {
        var catalog = CatalogLoader.LoadDefault();
        foreach (var gpu in catalog.Gpus)
        {
            catalog.FindGpu(gpu.Id).ShouldBeSameAs(gpu);
        }

        foreach (var quant in catalog.Quantizations)
        {
            catalog.FindQuantization(quant.Id).ShouldBeSameAs(quant);
        }
    }

    private static bool Same(CatalogSection<Entry> section, string exact, string spaced)
    {
        var foundExact = section.TryFind(exact, out var a);
        var foundSpaced = section.TryFind(spaced, out var b);
        return foundExact == foundSpaced && ReferenceEquals(a, b);
    }

    private sealed record Entry(string Id, string Name) : ICatalogEntry
    {
        public string Source => "test";

        public string? Note => null;
    }
}
