using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Catalog;

/// <summary>
/// The catalog could not be loaded: a file is missing or malformed, or an entry breaks a rule. The message is one
/// line naming the file, line, column and entry, e.g. <c>gpus.yaml:42:3: entry 'rtx-4090': bandwidth_gbs must be greater than 0 (got 0)</c>.
/// </summary>
public sealed class CatalogException : UserInputException
{
    // Longer than any real id (the longest is 48 characters); a broken file can make a whole paragraph the "id".
    private const int MaxIdShown = 64;

    /// <summary>Creates an error about one place in one catalog file.</summary>
    /// <param name="fileName">Catalog file name (e.g. gpus.yaml) or the catalog directory.</param>
    /// <param name="entryId">Id of the offending entry, when known.</param>
    /// <param name="line">1-based line, when known.</param>
    /// <param name="column">1-based column, when known.</param>
    /// <param name="detail">What is wrong and what is allowed.</param>
    public CatalogException(string fileName, string? entryId, int? line, int? column, string detail)
        : this(fileName, entryId, line, column, detail, null, null)
    {
    }

    internal CatalogException(
        string fileName, string? entryId, int? line, int? column, string detail, IReadOnlyList<string>? problems, Exception? inner)
        : base(Compose(Format(fileName, entryId, line, column, detail), problems?.Count ?? 1), inner)
    {
        FileName = fileName;
        EntryId = entryId;
        Line = line;
        Column = column;
        Detail = detail;
        Problems = problems ?? [Format(fileName, entryId, line, column, detail)];
    }

    /// <summary>Catalog file (or directory) the first problem is in.</summary>
    public string FileName { get; }

    /// <summary>Id of the entry the first problem is in, when known.</summary>
    public string? EntryId { get; }

    /// <summary>1-based line of the first problem, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column of the first problem, when known.</summary>
    public int? Column { get; }

    /// <summary>The first problem without its location.</summary>
    public string Detail { get; }

    /// <summary>Every problem found, each formatted like the message, in file and line order.</summary>
    public IReadOnlyList<string> Problems { get; }

    internal static string Format(string fileName, string? entryId, int? line, int? column, string detail)
    {
        var where = fileName
            + (line is > 0 ? $":{line}" : string.Empty)
            + (line is > 0 && column is > 0 ? $":{column}" : string.Empty);
        var entry = entryId is null ? string.Empty : $"entry {DisplayText.Quote(entryId, MaxIdShown)}: ";
        return $"{where}: {entry}{detail}";
    }

    private static string Compose(string first, int count) =>
        count > 1 ? $"{first} (and {count - 1} more problem{(count > 2 ? "s" : string.Empty)})" : first;
}
