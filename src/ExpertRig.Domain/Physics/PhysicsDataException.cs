namespace ExpertRig.Domain.Physics;

/// <summary>A physics data file is missing, malformed or out of range; the message names the file, line and key.</summary>
public sealed class PhysicsDataException : UserInputException
{
    /// <summary>Creates the exception from a one-line message that already names the file.</summary>
    public PhysicsDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception from a one-line message and the error that caused it.</summary>
    public PhysicsDataException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
