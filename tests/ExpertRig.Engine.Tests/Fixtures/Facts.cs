namespace ExpertRig.Engine.Tests.Fixtures;

/// <summary>A mutable fact, so tests can change it and call Update.</summary>
public sealed class Box(string name, int weight)
{
    public string Name { get; } = name;

    public int Weight { get; set; } = weight;

    public override string ToString() => $"Box {Name} ({Weight} kg)";
}

public sealed record Shelf(string Name, int MaxWeight);

public sealed record Heavy(Box Box);

public sealed record Alarm(Heavy Heavy);

public sealed record Fits(Box Box, Shelf Shelf);

public sealed record Note(string Text);

public sealed record Total(int Count, int Weight);

public sealed record Counter(string Name)
{
    public int Value { get; set; }
}

public sealed record Weighing(Box Box, int Kg);

public sealed record Overweight(Weighing Weighing);

public sealed record Seed(string Name);

public sealed record Derived(Seed Seed);

public sealed record Blocker(Derived Derived);

public sealed record SideEffect(Derived Derived);
