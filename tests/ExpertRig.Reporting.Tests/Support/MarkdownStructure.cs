using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExpertRig.Reporting.Tests.Support;

/// <summary>Reads a rendered report back with Markdig (GitHub-flavoured pipe tables) to check its structure.</summary>
internal sealed class MarkdownStructure
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private readonly MarkdownDocument document;

    public MarkdownStructure(string markdown)
    {
        document = Markdown.Parse(markdown, Pipeline);
    }

    /// <summary>Every heading as "## text", in document order.</summary>
    public IReadOnlyList<string> Headings =>
        [.. document.Descendants<HeadingBlock>().Select(h => new string('#', h.Level) + " " + Text(h.Inline))];

    /// <summary>Every table: the line it starts on, its header cell count and each row's cell count.</summary>
    public IReadOnlyList<(int Line, int Columns, IReadOnlyList<int> RowCells)> Tables =>
    [
        .. document.Descendants<Table>().Select(t => (
            t.Line + 1,
            t.ColumnDefinitions.Count,
            (IReadOnlyList<int>)[.. t.OfType<TableRow>().Select(r => r.Count)])),
    ];

    /// <summary>The text of every fenced code block with the given info string (e.g. "mermaid").</summary>
    public IReadOnlyList<string> FencedBlocks(string info) =>
        [.. document.Descendants<FencedCodeBlock>().Where(b => b.Info == info).Select(b => b.Lines.ToString())];

    /// <summary>Tables whose rows do not all have the header's cell count, as "line N: counts".</summary>
    public IReadOnlyList<string> MalformedTables() =>
    [
        .. Tables.Where(t => t.RowCells.Any(c => c != t.RowCells[0]) || t.Columns != t.RowCells[0])
            .Select(t => $"table at line {t.Line}: header {t.RowCells[0]} cells, columns {t.Columns}, rows [{string.Join(", ", t.RowCells)}]"),
    ];

    private static string Text(ContainerInline? inline) => inline is null
        ? ""
        : string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()))
            + string.Concat(inline.Descendants<CodeInline>().Select(c => "")); // code spans are not part of heading text here
}
