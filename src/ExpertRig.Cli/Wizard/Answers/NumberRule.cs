using System.Globalization;

namespace ExpertRig.Cli.Wizard.Answers;

/// <summary>
/// The range a typed number must fall in, with the words its error uses; the limits come from
/// <see cref="Domain.Profiles.ProfileLimits"/> so the wizard accepts exactly what the profile loader accepts.
/// </summary>
/// <param name="What">What the number is, e.g. "a budget in US dollars".</param>
/// <param name="Example">A valid value to show, e.g. "5000".</param>
/// <param name="Min">The lower limit.</param>
/// <param name="MinInclusive">Whether the lower limit itself is allowed.</param>
/// <param name="Max">The upper limit (inclusive).</param>
/// <param name="Whole">Whether only whole numbers are allowed.</param>
public sealed record NumberRule(string What, string Example, double Min, bool MinInclusive, double Max, bool Whole)
{
    // A typed word is quoted back; a long one is cut so the message stays one line.
    private const int QuotedLength = 10;

    /// <summary>The problem with <paramref name="text"/> in <paramref name="field"/>, or null when it is a number this rule allows.</summary>
    public AnswerProblem? Check(string field, string text)
    {
        if (AnswerText.Number(text) is not { } value)
        {
            if (text.Trim().Length == 0)
            {
                return new(field, $"enter {What}, e.g. {Example}", $"enter a number, e.g. {Example}");
            }

            var typed = text.Trim().Length > QuotedLength ? text.Trim()[..(QuotedLength - 1)] + "…" : text.Trim();
            return new(field, $"'{typed}' is not a number; enter {What}, e.g. {Example}", $"'{typed}' is not a number, e.g. {Example}");
        }

        if (Whole && value != Math.Floor(value))
        {
            return new(field, $"use a whole number, e.g. {Example}");
        }

        if (MinInclusive ? value < Min : value <= Min)
        {
            return new(field, MinInclusive ? $"must be at least {Show(Min)}" : $"must be more than {Show(Min)}");
        }

        return value > Max ? new(field, $"must be at most {Show(Max)}") : null;
    }

    private static string Show(double value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);
}
