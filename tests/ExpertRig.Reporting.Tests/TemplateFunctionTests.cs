using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ExpertRig.Reporting.Tests;

/// <summary>
/// The hand-bound template functions (<see cref="TemplateFunction"/>) behave as Scriban's reflection import of the same
/// methods: the same signatures, so Scriban converts and checks arguments alike, and the same output and errors.
/// </summary>
public sealed class TemplateFunctionTests
{
    public static TheoryData<string> FormattingNames => [.. TemplateFunction.Formatting.Keys];

    public static TheoryData<string> ArrayNames => [.. TemplateFunction.ShippedArray.Keys];

    [Fact]
    public void TheFormattingFunctions_AreEveryPublicMethodOfReportFunctions() =>
        TemplateFunction.Formatting.Keys.Order(StringComparer.Ordinal)
            .ShouldBe(ImportedFormatting().Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(FormattingNames))]
    public void AFormattingFunction_HasTheSignatureOfItsImportedMethod(string name) =>
        Signature(TemplateFunction.Formatting[name]).ShouldBe(Signature((IScriptCustomFunction)ImportedFormatting()[name]!));

    [Theory]
    [MemberData(nameof(ArrayNames))]
    public void AShippedArrayFunction_HasTheSignatureOfScribansOwn(string name) =>
        Signature(TemplateFunction.ShippedArray[name]).ShouldBe(Signature((IScriptCustomFunction)new ArrayFunctions()[name]!));

    [Fact]
    public void AParameterBeyondTheLast_IsRefusedWithTheImportsMessage()
    {
        var imported = Should.Throw<ArgumentOutOfRangeException>(() => ((IScriptCustomFunction)ImportedFormatting()["num"]!).GetParameterInfo(2));
        var bound = Should.Throw<ArgumentOutOfRangeException>(() => TemplateFunction.Formatting["num"].GetParameterInfo(2));

        bound.Message.ShouldBe(imported.Message);
    }

    [Theory]
    [InlineData("{{ fmt.usd 3960 }} {{ fmt.usd 152.5 }} {{ fmt.usd 0 }} {{ fmt.usd_whole 6327.5 }} {{ fmt.usd_rate 0.15 }}")]
    [InlineData("{{ fmt.num 16.83 }} {{ fmt.num 1146.2 0 }} {{ fmt.num 0.123 2 }} {{ fmt.num 7.25 decimals: 2 }}")]
    [InlineData("{{ fmt.pct 0.3 }} {{ fmt.pct 0.3333 1 }} {{ fmt.duration 125 }} {{ fmt.duration 5.66 }}")]
    [InlineData("{{ fmt.yes_no true }} {{ fmt.yes_no false }} {{ fmt.cell 'a | b\nc' }} {{ fmt.cell null }} {{ fmt.label 'say \"hi\"' }} {{ 12 | fmt.cell }}")]
    [InlineData("{{ [3, 1, 2] | array.join ', ' }} {{ [] | array.join '-' }} {{ ['a', 'b'] | array.join '' }}")]
    [InlineData("{{ ['a', 'b'] | array.contains 'b' }} {{ ['a'] | array.contains 'c' }} {{ [1, 2] | array.contains 2 }}")]
    [InlineData("{{ [{name: 'x'}, {name: 'y'}] | array.map 'name' | array.join '+' }}")]
    [InlineData("{{ fmt.num 1.25 places: 2 }}")]
    public void AValidCall_RendersAlikeThroughEitherBinding(string template)
    {
        var bound = Render(template, bound: true);

        bound.ShouldStartWith("output: ");
        bound.ShouldBe(Render(template, bound: false));
    }

    [Theory]
    [InlineData("{{ fmt.usd }}")]
    [InlineData("{{ fmt.usd 1 2 }}")]
    [InlineData("{{ fmt.num 1 2 3 }}")]
    [InlineData("{{ fmt.usd 'x' }}")]
    [InlineData("{{ fmt.num '2.5' }}")]
    [InlineData("{{ [1] | array.join }}")]
    [InlineData("{{ array.contains }}")]
    [InlineData("{{ 5 | array.join ',' }}")]
    public void ABadCall_FailsAlikeThroughEitherBinding(string template)
    {
        var bound = Render(template, bound: true);

        bound.ShouldStartWith("error: ");
        bound.ShouldBe(Render(template, bound: false));
    }

    private static ScriptObject ImportedFormatting()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(ReportFunctions), renamer: StandardMemberRenamer.Default);
        return functions;
    }

    private static string Signature(IScriptCustomFunction function) =>
        $"returns {function.ReturnType}, {function.RequiredParameterCount} of {function.ParameterCount} required, {function.VarParamKind}: " +
        string.Join("; ", Enumerable.Range(0, function.ParameterCount).Select(i => function.GetParameterInfo(i)).Select(p =>
            $"{p.ParameterType} {p.Name}{(p.HasDefaultValue ? $" = {p.DefaultValue ?? "null"} ({p.DefaultValue?.GetType()})" : "")}"));

    // The output, or the error Scriban reports, of a template whose fmt and array are bound one way or the other.
    private static string Render(string text, bool bound)
    {
        var builtins = new ScriptObject();
        builtins.SetValue("array", bound ? Group(TemplateFunction.ShippedArray) : new ArrayFunctions(), readOnly: true);
        var context = new TemplateContext(builtins) { StrictVariables = true };
        var globals = new ScriptObject { ["fmt"] = bound ? Group(TemplateFunction.Formatting) : ImportedFormatting() };
        context.PushGlobal(globals);
        try
        {
            return "output: " + Template.Parse(text).Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            return $"error: {ex.Message}";
        }
    }

    private static ScriptObject Group(IReadOnlyDictionary<string, TemplateFunction> functions)
    {
        var group = new ScriptObject();
        foreach (var (name, function) in functions)
        {
            group.SetValue(name, function, readOnly: true);
        }

        return group;
    }
}
