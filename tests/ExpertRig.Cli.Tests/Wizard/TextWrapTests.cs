using CsCheck;
using ExpertRig.Cli.Wizard;

namespace ExpertRig.Cli.Tests.Wizard;

public sealed class TextWrapTests
{
    [Fact]
    public void Wrap_KeepsTheIndentOfABullet_OnContinuationLines() =>
        TextWrap.Wrap("  - one two three four", 12).ShouldBe(["  - one two", "    three", "    four"]);

    [Fact]
    public void Wrap_NeverExceedsTheWidth_AndKeepsEveryWord()
    {
        var words = Gen.String[Gen.Char['a', 'z'], 1, 12].List[0, 30].Select(w => string.Join(' ', w));
        Gen.Select(words, Gen.Int[1, 4], Gen.Int[8, 100]).Sample((text, indent, width) =>
        {
            var line = new string(' ', indent) + text;
            var lines = TextWrap.Wrap(line, width).ToList();

            lines.ShouldAllBe(l => l.Length <= width);
            string.Concat(lines.SelectMany(l => l.Where(c => c != ' '))).ShouldBe(string.Concat(line.Where(c => c != ' ')));
        }, iter: 500);
    }
}
