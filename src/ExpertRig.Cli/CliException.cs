namespace ExpertRig.Cli;

/// <summary>Bad input found by the command line itself (a missing file, a bad option value): exit code 2.</summary>
public sealed class CliException(string message) : Domain.UserInputException(message);
