namespace ExpertRig.Reporting;

/// <summary>
/// A report template that cannot be read, parsed or rendered; the message is one line, <c>file:line:column: what</c>.
/// The CLI treats it as bad input (exit 2).
/// </summary>
public sealed class TemplateException(string message) : Domain.UserInputException(message);
