namespace ExpertRig.Domain.Profiles;

/// <summary>Finds the known words a mistyped one most likely meant, for "did you mean" hints.</summary>
internal static class ClosestMatches
{
    // Longer inputs are pasted text, not typos; comparing them would cost time and suggest nothing useful.
    private const int LongestComparedInput = 64;

    /// <summary>Up to <paramref name="max"/> of the candidates closest to <paramref name="input"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> Find(string input, IEnumerable<string> candidates, int max = 3)
    {
        if (input.Length == 0 || input.Length > LongestComparedInput)
        {
            return [];
        }

        var typed = Normalize(input);
        var scored = new List<(string Candidate, int Score)>();
        foreach (var candidate in candidates)
        {
            var known = Normalize(candidate);
            if (known.Length == 0)
            {
                continue;
            }

            int? score = typed == known ? 0
                : typed.Length >= 3 && (known.Contains(typed, StringComparison.Ordinal) || typed.Contains(known, StringComparison.Ordinal)) ? 1
                : Distance(typed, known) is var distance && distance <= Math.Max(1, known.Length / 3) ? 1 + distance
                : null;
            if (score is { } value)
            {
                scored.Add((candidate, value));
            }
        }

        // Only the best tier is offered: after an exact match modulo case, near misses are noise.
        var best = scored.Count == 0 ? 0 : scored.Min(pair => pair.Score);
        return scored
            .Where(pair => pair.Score == best)
            .OrderBy(pair => pair.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(pair => pair.Candidate)
            .ToArray();
    }

    /// <summary>" — did you mean 'a' or 'b'?" for the closest matches, or an empty string when there are none.</summary>
    public static string Hint(string input, IEnumerable<string> candidates)
    {
        var matches = Find(input, candidates);
        return matches.Count == 0
            ? string.Empty
            : $" — did you mean {string.Join(" or ", matches.Select(match => $"'{match}'"))}?";
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions each cost one.</summary>
    public static int Distance(string a, string b)
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
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    // Case and separators are the commonest slips (Budget-USD, q4km), so they are ignored when comparing.
    private static string Normalize(string word) =>
        new(word.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
