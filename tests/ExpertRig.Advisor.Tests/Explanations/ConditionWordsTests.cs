using System.Diagnostics;
using CsCheck;
using ExpertRig.Advisor.Explanations;

namespace ExpertRig.Advisor.Tests.Explanations;

/// <summary>
/// The condition renderer behind <c>explain --rule</c>: it reads the engine's printed C# in bounded work, so a nested
/// condition neither hangs nor grows without end (cards-fit-the-cases-expansion-slots once ran for over 20 minutes
/// and 11 GB: the call-argument loop made no progress on <c>Nullable`1</c>).
/// </summary>
public sealed class ConditionWordsTests
{
    private const string ExpansionSlots =
        "b => (((((b.Gpu != null) && (b.Motherboard != null)) && (b.Case != null)) && (Plan(b.Motherboard, b.GpuCount, CardWidth(b), null, null) != null)) "
        + "&& (Plan(b.Motherboard, b.GpuCount, CardWidth(b), null, Convert(b.Case.ExpansionSlots, Nullable`1)) == null))";

    [Fact(Timeout = 10_000)]
    public async Task TheExpansionSlotsCondition_ReadsAsASentence()
    {
        var words = await Task.Run(() => ConditionWords.Of(ExpansionSlots));

        words.ShouldBe(
            "it has a GPU and it has a motherboard and it has a case and there is a slot plan for its GPU count cards on its motherboard "
            + "and there is no slot plan for its GPU count cards on its motherboard within its case expansion slots");
        words.ShouldNotContain("null");
        words.ShouldNotContain("=>");
        words.ShouldNotContain("&&");
    }

    [Theory]
    [InlineData("b => !b.IsMac", "not (it is mac)")]
    [InlineData("b => Fits(b.Gpu, null, null)", "fits of its GPU")]
    [InlineData("b => Convert(b.Case.ExpansionSlots, Nullable`1) > 4", "its case expansion slots is more than 4")]
    public void UnknownShapes_StillReadAsWords(string condition, string words) =>
        ConditionWords.Of(condition).ShouldBe(words);

    [Theory]
    [InlineData("b => f(`(`(`(`(`(`(`(`(`(`(`(`(`(`(")]
    [InlineData("b => ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((b))))")]
    [InlineData("b => Any(x => Any(y => Any(z => Any(w => Any(v => Any(u => ")]
    public void WhatItCannotRead_ComesBackAsOneLine(string condition)
    {
        var words = ConditionWords.Of(condition);

        words.ShouldNotBeNullOrWhiteSpace();
        words.ShouldNotContain('\n');
    }

    [Fact]
    public void RandomNestedConditions_TerminateInBoundedTime_AsOneNonEmptyLine()
    {
        Condition(4).Where(c => c.Length <= 400).Select(c => "b => " + c).Sample(condition =>
        {
            var clock = Stopwatch.StartNew();
            var words = ConditionWords.Of(condition);
            clock.Stop();

            words.ShouldNotBeNullOrWhiteSpace();
            words.ShouldNotContain('\n');
            words.ShouldNotContain('\r');
            clock.ElapsedMilliseconds.ShouldBeLessThan(1_000, condition);
        }, iter: 2_000);
    }

    [Fact]
    public void RandomCharacterSoup_TerminatesAsOneNonEmptyLine()
    {
        var soup = Gen.Char["()!&|=<>,. `1abXnul"].Array[1, 300].Select(cs => "b => " + new string(cs));
        soup.Sample(condition =>
        {
            var words = ConditionWords.Of(condition);

            words.ShouldNotBeNullOrWhiteSpace();
            words.ShouldNotContain('\n');
        }, iter: 2_000);
    }

    private static readonly Gen<string> Atom = Gen.OneOf(
        Gen.Const("null"), Gen.Const("b"), Gen.Const("b.Gpu"), Gen.Const("b.Case.ExpansionSlots"), Gen.Const("b.IsMac"),
        Gen.Const("requirements.Os"), Gen.Const("Nullable`1"), Gen.Const("\"text\""), Gen.Int[0, 99].Select(i => i.ToString()));

    private static Gen<string> OneOf(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    private static Gen<string> Condition(int depth)
    {
        if (depth == 0)
        {
            return Atom;
        }

        var inner = Condition(depth - 1);
        return Gen.OneOf(
            Atom,
            Gen.Select(inner, inner, (a, b) => $"({a} && {b})"),
            Gen.Select(inner, inner, (a, b) => $"({a} || {b})"),
            Gen.Select(inner, inner, OneOf("==", "!=", ">=", "<", " * "), (a, b, op) => $"({a} {op} {b})"),
            inner.Select(a => $"!{a}"),
            inner.Select(a => $"Not({a})"),
            inner.Select(a => $"({a})"),
            inner.Select(a => $"b.Parts.Any(p => {a})"),
            Gen.Select(OneOf("Plan", "CardWidth", "Convert", "HasRoom", "b.Fits"), inner.Array[0, 5],
                (name, args) => $"{name}({string.Join(", ", args)})"));
    }
}
