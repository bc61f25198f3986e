namespace ExpertRig.Cli.Commands;

/// <summary>Memory use of one device in a prediction.</summary>
internal sealed record DeviceMemoryView(string Name, int Layers, double TotalGb, double UsableGb, bool Fits);
