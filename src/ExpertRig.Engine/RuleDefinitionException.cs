namespace ExpertRig.Engine;

/// <summary>A rule class that cannot be loaded: the message names the class and what is wrong.</summary>
public sealed class RuleDefinitionException(string message, Exception? inner = null) : Exception(message, inner);
