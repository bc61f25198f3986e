namespace ExpertRig.Domain.Yaml;

/// <summary>A character YAML does not allow, where it stands (1-based line and column).</summary>
/// <param name="Character">The character.</param>
/// <param name="Line">Its line.</param>
/// <param name="Column">Its column.</param>
public readonly record struct ForbiddenCharacter(char Character, int Line, int Column);

/// <summary>
/// YAML's printable set: no C0 control other than tab, line feed and carriage return, and no DEL. Such a character
/// means a binary or corrupted file; every YAML input (profiles, build files) refuses it in its own words.
/// </summary>
public static class YamlCharacters
{
    /// <summary>The first character of <paramref name="text"/> outside YAML's printable set, or null when there is none.</summary>
    public static ForbiddenCharacter? FirstForbidden(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = 1;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            if ((c < ' ' && c is not ('\t' or '\r')) || c == '\u007F')
            {
                return new ForbiddenCharacter(c, line, column);
            }

            column++;
        }

        return null;
    }
}
