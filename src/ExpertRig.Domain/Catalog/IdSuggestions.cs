namespace ExpertRig.Domain.Catalog;

/// <summary>"Did you mean" matching: the known ids closest to something a user typed.</summary>
public static class IdSuggestions
{
    /// <summary>Up to <paramref name="max"/> candidates close to <paramref name="query"/>, best first: by typo
    /// distance (edits, with a swap of neighbours counting as one) on the normalized and separator-free spellings,
    /// and candidates that contain the query.</summary>
    public static IReadOnlyList<string> Closest(string query, IEnumerable<string> candidates, int max = 3)
    {
        var normalized = CatalogIds.Normalize(query);
        var compact = CatalogIds.Compact(query);
        if (compact.Length == 0)
        {
            return [];
        }

        var threshold = Math.Max(2, normalized.Length / 3);
        return candidates
            .Select(candidate => (Candidate: candidate, Score: Score(normalized, compact, candidate)))
            .Where(scored => scored.Score <= threshold)
            .OrderBy(scored => scored.Score)
            .ThenBy(scored => scored.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(scored => scored.Candidate)
            .ToArray();
    }

    /// <summary>Levenshtein edit distance between two strings (insertions, deletions and substitutions).</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static int Score(string normalized, string compact, string candidate)
    {
        var candidateNormalized = CatalogIds.Normalize(candidate);
        var candidateCompact = CatalogIds.Compact(candidate);

        // Typing part of an id ("4090", "r1-70b") is a strong hint, whatever the length difference.
        if (compact.Length >= 3 && candidateCompact.Contains(compact, StringComparison.Ordinal))
        {
            return 1;
        }

        return Math.Min(TypoDistance(normalized, candidateNormalized), TypoDistance(compact, candidateCompact));
    }

    /// <summary>Optimal-string-alignment distance: Levenshtein plus adjacent transpositions ("5900" vs "5090" is 1).</summary>
    private static int TypoDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
