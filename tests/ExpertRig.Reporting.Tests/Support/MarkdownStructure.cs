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
    private readonly string markdown;

    public MarkdownStructure(string markdown)
    {
        this.markdown = markdown;
        document = Markdown.Parse(markdown, Pipeline);
    }

    /// <summary>Every heading as "## text", in document order.</summary>
    public IReadOnlyList<string> Headings =>
        [.. document.Descendants<HeadingBlock>().Select(h => new string('#', h.Level) + " " + Text(h.Inline))];

    /// <summary>
    /// Every table Markdig found: the line it starts on, its column count and the cells of each source line (counted
    /// in the text, because Markdig pads short rows as GitHub does).
    /// </summary>
    public IReadOnlyList<(int Line, int Columns, IReadOnlyList<int> RowCells)> Tables =>
    [
        .. document.Descendants<Table>().Select(t => (
            t.Line + 1,
            t.ColumnDefinitions.Count,
            (IReadOnlyList<int>)[.. markdown.Substring(t.Span.Start, t.Span.Length).Split('\n').Where(l => l.Trim().Length > 0).Select(CountCells)])),
    ];

    /// <summary>Lines that look like table rows (start with a pipe) but belong to no table Markdig parsed.</summary>
    public IReadOnlyList<int> OrphanTableLines()
    {
        var tableLines = document.Descendants<Table>()
            .SelectMany(t => Enumerable.Range(t.Line, markdown.Substring(t.Span.Start, t.Span.Length).Split('\n').Length))
            .ToHashSet();
        var inCode = document.Descendants<FencedCodeBlock>()
            .SelectMany(b => Enumerable.Range(b.Line, b.Lines.Count + 2))
            .ToHashSet();
        return
        [
            .. markdown.Split('\n').Select((text, index) => (text, index))
                .Where(l => l.text.StartsWith('|') && !tableLines.Contains(l.index) && !inCode.Contains(l.index))
                .Select(l => l.index + 1),
        ];
    }

    /// <summary>The text of every fenced code block with the given info string (e.g. "mermaid").</summary>
    public IReadOnlyList<string> FencedBlocks(string info) =>
        [.. document.Descendants<FencedCodeBlock>().Where(b => b.Info == info).Select(b => b.Lines.ToString())];

    /// <summary>Tables whose rows do not all have the header's cell count, as "line N: counts".</summary>
    public IReadOnlyList<string> MalformedTables() =>
    [
        .. Tables.Where(t => t.RowCells.Any(c => c != t.RowCells[0]) || t.Columns != t.RowCells[0])
            .Select(t => $"table at line {t.Line}: header {t.RowCells[0]} cells, columns {t.Columns}, rows [{string.Join(", ", t.RowCells)}]"),
    ];

    // Cells between unescaped pipes of "| a | b |"; a pipe inside a code span still splits a cell in GitHub tables.
    private static int CountCells(string line)
    {
        var pipes = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                pipes++;
            }
        }

        var trimmed = line.Trim();
        return pipes + 1 - (trimmed.StartsWith('|') ? 1 : 0) - (trimmed.EndsWith('|') && !trimmed.EndsWith("\\|", StringComparison.Ordinal) ? 1 : 0);
    }

    private static string Text(ContainerInline? inline) => inline is null
        ? ""
        : string.Concat(inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        }));
}
