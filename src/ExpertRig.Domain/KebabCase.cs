namespace ExpertRig.Domain;

/// <summary>The kebab-case spelling of a PascalCase name (<c>MemoryBandwidth</c> → <c>memory-bandwidth</c>), as in the YAML and JSON.</summary>
public static class KebabCase
{
    /// <summary>The name in kebab-case; a run of capitals (an acronym) stays one word.</summary>
    public static string Of(string name)
    {
        var chars = new List<char>(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])))
            {
                chars.Add('-');
            }

            chars.Add(char.ToLowerInvariant(name[i]));
        }

        return new string([.. chars]);
    }
}
