namespace ExpertRig.Cli.Wizard.Answers;

/// <summary>An answer that cannot become a profile value, shown next to its field.</summary>
/// <param name="Field">The field's key (see <see cref="AnswerFields"/>).</param>
/// <param name="Message">What is wrong and what is allowed, for where the field is out of sight (review, message line).</param>
/// <param name="Brief">
/// The same on the one row under the field, where the field's caption and units already say the rest; null when
/// <paramref name="Message"/> is short enough.
/// </param>
public sealed record AnswerProblem(string Field, string Message, string? Brief = null)
{
    /// <summary>The text for the row under the field.</summary>
    public string BesideField => Brief ?? Message;
}
