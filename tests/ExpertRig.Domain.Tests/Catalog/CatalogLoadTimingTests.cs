using System.Diagnostics;
using ExpertRig.Domain.Catalog;
using Xunit.Abstractions;

namespace ExpertRig.Domain.Tests.CatalogTests;

[Collection(SerialCollection.Name)]
public sealed class CatalogLoadTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Loads_WellUnderASecond_OnceWarm()
    {
        CatalogLoader.Load(CatalogLoader.DefaultDirectory);
        const int runs = 10;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            CatalogLoader.Load(CatalogLoader.DefaultDirectory);
        }

        var perLoad = watch.Elapsed.TotalMilliseconds / runs;
        output.WriteLine($"warm catalog load: {perLoad:0.0} ms");

        // A loose ceiling: it catches an accidental quadratic loop or exception storm, not machine noise.
        perLoad.ShouldBeLessThan(1000);
    }
}
