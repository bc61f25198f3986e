namespace ExpertRig.Cli.Wizard.Answers;

/// <summary>An answer that cannot become a profile value, shown next to its field.</summary>
/// <param name="Field">The field's key (see <see cref="AnswerFields"/>).</param>
/// <param name="Message">What is wrong and what is allowed, one line.</param>
public sealed record AnswerProblem(string Field, string Message);
