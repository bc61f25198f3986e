using System.Text.RegularExpressions;
using ExpertRig.Reporting.Tests.Support;

namespace ExpertRig.Reporting.Tests;

/// <summary>
/// A shipped template's context holds only the Scriban builtin groups the shipped templates call (start-up cost,
/// docs/adr/0002-start-up.md); a template of the user's own gets Scriban's whole library.
/// </summary>
public sealed partial class ShippedBuiltinsTests : IDisposable
{
    private readonly TemplateFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void EveryBuiltinGroupAShippedTemplateCalls_IsInTheShippedContext()
    {
        var called = Directory.EnumerateFiles(ReportTemplates.Folder, "*.sbn", SearchOption.AllDirectories)
            .SelectMany(file => BuiltinCall().Matches(File.ReadAllText(file)).Select(match => match.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        called.ShouldNotBeEmpty();
        called.Except(ReportRenderer.ShippedBuiltinGroups).ShouldBeEmpty();
    }

    [Fact]
    public void EveryArrayFunctionAShippedTemplateCalls_IsInTheShippedArrayGroup()
    {
        var called = Directory.EnumerateFiles(ReportTemplates.Folder, "*.sbn", SearchOption.AllDirectories)
            .SelectMany(file => BuiltinCall().Matches(File.ReadAllText(file)))
            .Where(match => match.Groups[1].Value == "array")
            .Select(match => match.Value["array.".Length..])
            .ToHashSet(StringComparer.Ordinal);

        called.ShouldNotBeEmpty();
        called.Except(TemplateFunction.ShippedArray.Keys).ShouldBeEmpty();
    }

    [Fact]
    public void AShippedTemplate_CallingAnArrayFunctionTheGroupLacks_FailsAtItsLine()
    {
        var path = folder.Write("report.md.sbn", "{{ [3, 1] | array.sort | array.join ',' }}");

        var error = Should.Throw<TemplateException>(() => new ReportRenderer(path, ReportTemplates.Folder).Render(Reports.View("typical.yaml")));

        error.Message.ShouldContain("sort");
    }

    [Fact]
    public void ACustomTemplate_KeepsTheWholeLibrary()
    {
        var path = folder.Write("mine.md.sbn", "{{ 'gpu' | string.upcase }} {{ 2.5 | math.floor }} {{ [3, 1] | array.sort | array.join ',' }}");

        new ReportRenderer(path).Render(Reports.View("typical.yaml")).ShouldBe("GPU 2 1,3");
    }

    [GeneratedRegex(@"\b(array|string|math|object|date|timespan|html|regex)\.[a-z_]+")]
    private static partial Regex BuiltinCall();
}
