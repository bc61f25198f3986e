namespace ExpertRig.Domain.Catalog;

/// <summary>A lookup named an id the catalog does not have; the message offers the closest ids.</summary>
public sealed class CatalogLookupException : UserInputException
{
    /// <summary>Creates the error for a missed lookup.</summary>
    /// <param name="kind">What was looked up, for the message ("GPU", "quantization").</param>
    /// <param name="requestedId">The id as the user typed it.</param>
    /// <param name="suggestions">Closest catalogued ids, best first; may be empty.</param>
    /// <param name="listHint">Where the user can see every id (e.g. "expertrig catalog gpus").</param>
    public CatalogLookupException(string kind, string requestedId, IReadOnlyList<string> suggestions, string listHint)
        : base(Describe(kind, requestedId, suggestions, listHint))
    {
        Kind = kind;
        RequestedId = requestedId;
        Suggestions = suggestions;
    }

    /// <summary>What was looked up ("GPU", "model"...).</summary>
    public string Kind { get; }

    /// <summary>The id as requested.</summary>
    public string RequestedId { get; }

    /// <summary>Closest catalogued ids, best first.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    // Quoted as the id a user types, so a suggestion reads as something to copy ('rtx-5090'), never as prose.
    private static string Quoted(string id) => $"'{id}'";

    private static string Describe(string kind, string requestedId, IReadOnlyList<string> suggestions, string listHint)
    {
        var unknown = $"unknown {kind} '{requestedId}'";
        return suggestions.Count switch
        {
            0 => $"{unknown}; no close match ({listHint} lists them all)",
            1 => $"{unknown}; did you mean '{suggestions[0]}'?",
            _ => $"{unknown}; did you mean {string.Join(", ", suggestions.Take(suggestions.Count - 1).Select(Quoted))} or {Quoted(suggestions[^1])}?",
        };
    }
}
