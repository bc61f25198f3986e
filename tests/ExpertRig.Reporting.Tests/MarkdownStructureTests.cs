using ExpertRig.Reporting.Tests.Support;

namespace ExpertRig.Reporting.Tests;

/// <summary>The structure checks themselves: they must catch what they are meant to catch.</summary>
public sealed class MarkdownStructureTests
{
    [Fact]
    public void MalformedTables_ReportsARowWithAnExtraCell()
    {
        var markdown = "| a | b |\n|---|---|\n| 1 | 2 |\n| 1 | 2 | 3 |\n";

        new MarkdownStructure(markdown).MalformedTables().ShouldNotBeEmpty();
    }

    [Fact]
    public void MalformedTables_ReportsARowWithAMissingCell()
    {
        var markdown = "| a | b | c |\n|---|---|---|\n| 1 | 2 |\n";

        new MarkdownStructure(markdown).MalformedTables().ShouldNotBeEmpty();
    }

    [Fact]
    public void MalformedTables_AcceptsEscapedPipesAndEmptyCells()
    {
        var markdown = "| a | b | c |\n|---|---|---|\n| x \\| y | | `z` |\n";

        var structure = new MarkdownStructure(markdown);

        structure.Tables.Count.ShouldBe(1);
        structure.MalformedTables().ShouldBeEmpty();
    }

    [Fact]
    public void Headings_AreListedInOrderWithTheirLevel()
    {
        var structure = new MarkdownStructure("# Title\n\n## One `code`\n\ntext\n\n### Two\n");

        structure.Headings.ShouldBe(["# Title", "## One code", "### Two"]);
    }

    [Fact]
    public void OrphanTableLines_FindsARowWithoutADelimiterLine()
    {
        var markdown = "text\n\n| a | b |\n| 1 | 2 |\n";

        new MarkdownStructure(markdown).OrphanTableLines().ShouldBe([3, 4]);
    }
}
