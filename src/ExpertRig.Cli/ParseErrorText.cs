using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace ExpertRig.Cli;

/// <summary>
/// Rewrites System.CommandLine's parse errors into ExpertRig's one-line style: the option first, what is allowed in
/// words rather than a .NET type name, no sentence-ending period before a hint, and the closest command or option
/// suggested as something to type.
/// </summary>
internal static partial class ParseErrorText
{
    /// <summary>The one line for the first (most useful) error of <paramref name="parse"/>, without the help pointer.</summary>
    public static string For(ParseResult parse, RootCommand root)
    {
        var first = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
        var message = Plain(OneLine(first.Message));
        if (parse.UnmatchedTokens.Count == 0)
        {
            return message;
        }

        var token = parse.UnmatchedTokens[0];
        var command = parse.CommandResult.Command;
        var candidates = command == root && !token.StartsWith('-')
            ? root.Subcommands.Select(c => c.Name)
            : command.Options.Where(o => !o.Hidden).Select(o => o.Name);
        var close = Domain.Catalog.IdSuggestions.Closest(token, candidates, max: 1);
        return close.Count == 0 ? message : $"{message.TrimEnd('.')}; did you mean '{close[0]}'?";
    }

    /// <summary>The message in ExpertRig's words: type names become what a user may type, and no closing period.</summary>
    public static string Plain(string message)
    {
        var cannotParse = CannotParse().Match(message);
        if (cannotParse.Success)
        {
            var allowed = Allowed(cannotParse.Groups["type"].Value);
            return $"{cannotParse.Groups["name"].Value}: expected {allowed}, got '{cannotParse.Groups["value"].Value}'";
        }

        return message.TrimEnd('.');
    }

    private static string Allowed(string type) => TypeName().Match(type).Groups["core"].Value switch
    {
        "Int32" or "Int64" or "Int16" or "Byte" => "a whole number",
        "Double" or "Single" or "Decimal" => "a number",
        "Boolean" => "true or false",
        _ => "a value of the documented form",
    };

    private static string OneLine(string message) =>
        string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|argument) '(?<name>[^']+)' as expected type '(?<type>[^']+)'\.?$")]
    private static partial Regex CannotParse();

    // System.Nullable`1[System.Int32] and System.Int32 both name Int32.
    [GeneratedRegex(@"(?:System\.Nullable`1\[)?System\.(?<core>\w+)\]?")]
    private static partial Regex TypeName();
}
