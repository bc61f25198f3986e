using ExpertRig.Reporting.Tests.Support;

namespace ExpertRig.Reporting.Tests;

/// <summary>Custom templates: strict variables and members, file:line:column errors, includes kept inside the root, limits.</summary>
public sealed class TemplateStrictModeTests : IDisposable
{
    private readonly TemplateFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void ACustomTemplate_RendersTheView()
    {
        var path = folder.Write("mine.md.sbn", "# {{ builds[0].title }}\n{{ for b in builds }}- {{ fmt.usd b.total_price_usd }}\n{{ end }}");

        var markdown = new ReportRenderer(path).Render(Reports.View("typical.yaml"));

        markdown.ShouldStartWith("# " + Reports.View("typical.yaml").Builds[0].Title + "\n- $");
    }

    [Fact]
    public void UndefinedVariable_IsAnErrorAtItsLineAndColumn()
    {
        var path = folder.Write("mine.md.sbn", "# Report\n\nBudget: {{ budget }}\n");

        var error = Render(path);

        error.ShouldStartWith($"{path}:3:12: ");
        error.ShouldContain("`budget` was not found");
    }

    [Fact]
    public void MisspeltMember_IsAnError()
    {
        var path = folder.Write("mine.md.sbn", "{{ needs.budget }}");

        var error = Render(path);

        error.ShouldStartWith($"{path}:1:");
        error.ShouldContain("budget");
    }

    [Fact]
    public void MemberOfAnUnknownBuild_IsAnError()
    {
        var path = folder.Write("mine.md.sbn", "{{ builds[99].title }}");

        Render(path).ShouldContain("out of bounds");
    }

    [Fact]
    public void ParseError_NamesFileLineAndColumn()
    {
        var path = folder.Write("mine.md.sbn", "line one\n{{ for b in builds }}\n- {{ b.title }}\n");

        var error = Render(path);

        // Scriban notices the missing end where the last code block stops.
        error.ShouldStartWith($"{path}:3:16: ");
        error.ShouldContain("<end> statement was not found");
    }

    [Fact]
    public void ABrokenInclude_NamesTheIncludedFileAndWhereItWasIncluded()
    {
        var path = folder.Write("mine.md.sbn", "# Report\n{{ include 'partials/part.sbn' }}\n");
        var part = folder.Write(Path.Combine("partials", "part.sbn"), "ok\n{{ if }}\n");

        var error = Render(path);

        error.ShouldStartWith($"{part}:2:");
        error.ShouldContain($"(included at {path}:2:4)");
    }

    [Fact]
    public void AnErrorInsideAnInclude_NamesTheIncludedFile()
    {
        var path = folder.Write("mine.md.sbn", "{{ include 'part.sbn' }}");
        var part = folder.Write("part.sbn", "\n\n  {{ no_such_thing }}");

        Render(path).ShouldStartWith($"{part}:3:6: ");
    }

    [Fact]
    public void AnIncludeInsideTheRoot_Renders()
    {
        var path = folder.Write("mine.md.sbn", "[{{ include 'partials/part.sbn' }}]");
        folder.Write(Path.Combine("partials", "part.sbn"), "{{ needs.budget_usd }}");

        new ReportRenderer(path).Render(Reports.View("typical.yaml")).ShouldBe($"[{Reports.View("typical.yaml").Needs.BudgetUsd}]");
    }

    [Theory]
    [InlineData("../outside.sbn")]
    [InlineData("partials/../../outside.sbn")]
    public void AnIncludeThatClimbsOutOfTheRoot_IsRefused(string name)
    {
        var path = folder.Write("mine.md.sbn", $"{{{{ include '{name}' }}}}");

        var error = Render(path);

        error.ShouldStartWith($"{path}:1:4: ");
        error.ShouldContain("outside the template root");
        error.ShouldNotContain("secret");
    }

    [Fact]
    public void AnAbsoluteInclude_IsRefused()
    {
        var path = folder.Write("mine.md.sbn", $"{{{{ include '{Path.Combine(folder.Base, "outside.sbn")}' }}}}");

        Render(path).ShouldContain("outside the template root");
    }

    [Fact]
    public void AnIncludeThroughALinkOutOfTheRoot_IsRefused()
    {
        var path = folder.Write("mine.md.sbn", "{{ include 'link.sbn' }}");
        File.CreateSymbolicLink(Path.Combine(folder.Root, "link.sbn"), Path.Combine(folder.Base, "outside.sbn"));

        Render(path).ShouldContain("outside the template root");
    }

    [Fact]
    public void AMissingInclude_IsAClearError()
    {
        var path = folder.Write("mine.md.sbn", "{{ include 'nope.sbn' }}");

        Render(path).ShouldBe($"{path}:1:4: include 'nope.sbn': no such template in {folder.Root}");
    }

    [Fact]
    public void AMissingTemplate_IsAClearError()
    {
        var path = Path.Combine(folder.Root, "absent.md.sbn");

        Render(path).ShouldBe($"{path}: no such template file");
    }

    [Fact]
    public void ARunawayLoop_StopsAtTheLoopLimit()
    {
        var path = folder.Write("mine.md.sbn", "{{ for i in 1..10000000 }}x{{ end }}");

        Render(path).ShouldContain("LoopLimit");
    }

    [Fact]
    public void ATemplateThatIncludesItself_StopsAtTheRecursionLimit()
    {
        var path = folder.Write("mine.md.sbn", "{{ include 'mine.md.sbn' }}");

        Render(path).ShouldContain("recursive");
    }

    [Fact]
    public void TheShippedTemplates_AreBesideTheBinary()
    {
        ReportTemplates.Folder.ShouldStartWith(AppContext.BaseDirectory);
        File.Exists(ReportTemplates.MainTemplate).ShouldBeTrue(ReportTemplates.MainTemplate);
        ReportRenderer.Shipped().TemplateRoot.ShouldBe(Path.GetFullPath(ReportTemplates.Folder));
    }

    // Every template error is one line that starts with the file, ready for the CLI's "expertrig: …" line.
    private static string Render(string path)
    {
        var error = Should.Throw<TemplateException>(() => new ReportRenderer(path).Render(Reports.View("typical.yaml"))).Message;
        error.ShouldNotContain("\n");
        return error;
    }
}
