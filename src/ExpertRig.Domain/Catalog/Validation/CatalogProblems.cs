using ExpertRig.Domain.Catalog.Yaml;

namespace ExpertRig.Domain.Catalog.Validation;

/// <summary>Collects every problem found while validating, then throws one <see cref="CatalogException"/> for all.</summary>
internal sealed class CatalogProblems
{
    private readonly List<Problem> problems = [];

    public void Add(string fileName, EntryLocation? location, string? key, string? entryId, string detail)
    {
        var mark = location?.MarkOf(key);
        problems.Add(new Problem(fileName, entryId, (int?)mark?.Line, (int?)mark?.Column, detail));
    }

    public void ThrowIfAny()
    {
        if (problems.Count == 0)
        {
            return;
        }

        var first = problems[0];
        var all = problems.Select(p => CatalogException.Format(p.FileName, p.EntryId, p.Line, p.Column, p.Detail)).ToArray();
        throw new CatalogException(first.FileName, first.EntryId, first.Line, first.Column, first.Detail, all, null);
    }

    private sealed record Problem(string FileName, string? EntryId, int? Line, int? Column, string Detail);
}
