namespace ExpertRig.Cli.Wizard;

/// <summary>Word wrapping for the terminal, keeping a line's indent on its continuation lines.</summary>
public static class TextWrap
{
    /// <summary>The lines <paramref name="text"/> takes at <paramref name="width"/> columns (an empty text is one empty line).</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        if (text.Length <= width)
        {
            yield return text;
            yield break;
        }

        var indent = new string(' ', Math.Min(text.Length - text.TrimStart().Length + (text.TrimStart().StartsWith("- ", StringComparison.Ordinal) ? 2 : 0), width / 2));
        var rest = text;
        var first = true;
        while (rest.Length > 0)
        {
            var line = first ? rest : indent + rest.TrimStart();
            if (line.Length <= width)
            {
                yield return line;
                yield break;
            }

            var cut = line.LastIndexOf(' ', width);
            if (cut <= indent.Length)
            {
                cut = width;
            }

            yield return line[..cut].TrimEnd();
            rest = line[cut..];
            first = false;
        }
    }
}
