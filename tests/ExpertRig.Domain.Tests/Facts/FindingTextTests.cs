using CsCheck;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Tests.FactsTests;

/// <summary>A finding whose sentence is written when read is, to every reader, the finding that was given the sentence.</summary>
public sealed class FindingTextTests
{
    private static readonly Gen<(FindingKind Kind, string Rule, string Text)> Findings =
        Gen.Select(Gen.Enum<FindingKind>(), Gen.OneOf(Gen.Const("model-load-time"), Gen.String.AlphaNumeric), Gen.String);

    [Fact]
    public void AWrittenFinding_ComparesHashesAndPrints_AsTheGivenOne()
    {
        Findings.Sample(f =>
        {
            var given = new Finding(null, f.Kind, f.Rule, f.Text);
            var written = Finding.Written(null, f.Kind, f.Rule, f.Text, static text => text);

            written.Equals(given).ShouldBeTrue();
            given.Equals(written).ShouldBeTrue();
            written.GetHashCode().ShouldBe(given.GetHashCode());
            written.ToString().ShouldBe(given.ToString());
            written.Text.ShouldBe(given.Text);
        });
    }

    [Fact]
    public void AFinding_HashesAsTheRecordOfFourValuesDid()
    {
        // The compiler's hash of a record whose fields are Build, Kind, Rule and the string Text, as Finding was.
        static int RecordHash(FindingKind kind, string rule, string text) =>
            (((EqualityComparer<Type>.Default.GetHashCode(typeof(Finding)) * -1521134295
                + EqualityComparer<Domain.Builds.Build?>.Default.GetHashCode(null!)) * -1521134295
                + EqualityComparer<FindingKind>.Default.GetHashCode(kind)) * -1521134295
                + EqualityComparer<string>.Default.GetHashCode(rule)) * -1521134295
                + EqualityComparer<string>.Default.GetHashCode(text);

        Findings.Sample(f =>
        {
            new Finding(null, f.Kind, f.Rule, f.Text).GetHashCode().ShouldBe(RecordHash(f.Kind, f.Rule, f.Text));
            Finding.Written(null, f.Kind, f.Rule, f.Text, static text => text).GetHashCode().ShouldBe(RecordHash(f.Kind, f.Rule, f.Text));
        });
    }

    [Fact]
    public void FindingsWithDifferentSentences_AreDifferent_WrittenOrGiven()
    {
        Gen.Select(Findings, Gen.String).Where(p => p.Item1.Text != p.Item2).Sample(p =>
        {
            var (f, other) = p;
            Finding.Written(null, f.Kind, f.Rule, f.Text, static text => text)
                .ShouldNotBe(new Finding(null, f.Kind, f.Rule, other));
        });
    }

    [Fact]
    public void TheSentence_IsWrittenWhenFirstRead_AndOnce()
    {
        var writes = 0;
        var finding = Finding.Written(null, FindingKind.Note, "model-load-time", 6.5, seconds =>
        {
            writes++;
            return $"loads in {seconds} s";
        });

        writes.ShouldBe(0);
        finding.Text.ShouldBe("loads in 6.5 s");
        finding.ToString().ShouldBe("note [model-load-time] loads in 6.5 s");
        _ = finding.GetHashCode();
        writes.ShouldBe(1);
    }

    [Fact]
    public void With_KeepsTheSentence_OrReplacesIt()
    {
        var finding = Finding.Written(null, FindingKind.Note, "model-load-time", "loads in 6 s", static text => text);

        (finding with { Kind = FindingKind.Warning }).Text.ShouldBe("loads in 6 s");
        (finding with { Text = "loads in 7 s" }).ShouldBe(new Finding(null, FindingKind.Note, "model-load-time", "loads in 7 s"));
        (finding with { Text = "loads in 7 s" }).ShouldNotBe(finding);
    }
}
