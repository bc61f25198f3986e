using ExpertRig.Domain.Catalog;
using ExpertRig.Precompiler;

namespace ExpertRig.Cli.Tests.Precompiled;

/// <summary>
/// The precompiler writes any record the loaders produce, and refuses what it could not rebuild exactly instead of
/// dropping it.
/// </summary>
public sealed class CSharpValueWriterTests
{
    [Fact]
    public void AnInitRecord_IsWrittenWithItsRequiredMembersAndWhatDiffersFromTheDefaults()
    {
        var written = new CSharpValueWriter().Write(new Sample { Name = "a \"quoted\" × name", Count = 3, Range = null }, typeof(Sample), "sample");

        written.ShouldBe(
            "new global::ExpertRig.Cli.Tests.Precompiled.CSharpValueWriterTests.Sample() "
            + "{ Name = \"a \\\"quoted\\\" \\u00d7 name\", Count = 3, Range = null }");
    }

    [Fact]
    public void APositionalRecord_IsWrittenThroughItsConstructor() =>
        new CSharpValueWriter().Write(new NumberRange(0.1, 2), typeof(NumberRange), "range")
            .ShouldBe("new global::ExpertRig.Domain.Catalog.NumberRange(0.1d, 2d)");

    [Fact]
    public void AnObjectWithStateNoMemberSets_IsRefused() =>
        Should.Throw<UnsupportedShapeException>(() => new CSharpValueWriter().Write(new Hidden(), typeof(Hidden), "hidden"))
            .Message.ShouldContain("'secret'");

    [Fact]
    public void ADictionaryWithAnUnknownComparer_IsRefused() =>
        Should.Throw<UnsupportedShapeException>(() => new CSharpValueWriter().Write(
            new Dictionary<string, int>(new LengthComparer()) { ["a"] = 1 }, typeof(IReadOnlyDictionary<string, int>), "map"));

    [Fact]
    public void ADictionaryKeepsAStringComparer() =>
        new CSharpValueWriter().Write(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["a"] = 1 }, typeof(IReadOnlyDictionary<string, int>), "map")
            .ShouldBe("new global::System.Collections.Generic.Dictionary<global::System.String, global::System.Int32>(global::System.StringComparer.OrdinalIgnoreCase) { [\"a\"] = 1 }");

    public sealed record Sample
    {
        public required string Name { get; init; }

        public int Count { get; init; }

        public NumberRange? Range { get; init; } = new(1, 2);

        public string Unit { get; init; } = "GB";
    }

    public sealed class Hidden
    {
#pragma warning disable CS0414, IDE0052 // The field is the point: state that no public member can set.
        private readonly int secret = 42;
#pragma warning restore CS0414, IDE0052

        public int Visible { get; init; }
    }

    private sealed class LengthComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => x?.Length == y?.Length;

        public int GetHashCode(string obj) => obj.Length;
    }
}
