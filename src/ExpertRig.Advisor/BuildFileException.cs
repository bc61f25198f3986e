namespace ExpertRig.Advisor;

/// <summary>A build file that cannot be read: the message names the file, line, key and what is allowed.</summary>
public sealed class BuildFileException(string message) : Domain.UserInputException(message);
