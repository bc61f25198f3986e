namespace ExpertRig.Benchmarks.Rules;

/// <summary>A sensor reading: the benchmark's input fact.</summary>
public sealed record Reading(int Sensor, int Value);

/// <summary>A sensor's limit: the benchmark's second input fact.</summary>
public sealed record Limit(int Sensor, int Max);

/// <summary>Derived: a reading over a limit.</summary>
public sealed record Alert(int Rule, Reading Reading);

/// <summary>Derived: a limit no reading exceeds.</summary>
public sealed record Quiet(int Rule, Limit Limit);

/// <summary>Derived: the readings of one sensor.</summary>
public sealed record Summary(int Rule, int Count, int Total);
