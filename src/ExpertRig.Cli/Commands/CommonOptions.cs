using System.CommandLine;
using System.Globalization;

namespace ExpertRig.Cli.Commands;

/// <summary>Options several commands share, built the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Format(params string[] allowed)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", allowed)}.",
            DefaultValueFactory = _ => allowed[0],
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary>
    /// A decimal-number option that accepts only finite numbers written the invariant way (800, 89.6, 1e3): NaN,
    /// Infinity and ∞ (which double parsing takes) are refused at parse time with a message naming the option.
    /// </summary>
    public static Option<double?> Number(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                return value;
            }

            result.AddError($"{name}: expected a finite number such as 800 or 89.6, got '{Domain.MessageText.Value(text)}'");
            return null;
        },
    };

    public static OutputFormat ParseFormat(string value) => value switch
    {
        "json" => OutputFormat.Json,
        "markdown" => OutputFormat.Markdown,
        _ => OutputFormat.Text,
    };
}
