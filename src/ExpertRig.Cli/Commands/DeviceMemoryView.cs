namespace ExpertRig.Cli.Commands;

/// <summary>Memory use of one device in a prediction, in decimal GB; <paramref name="MarketedGb"/> is the size as sold (GiB).</summary>
internal sealed record DeviceMemoryView(string Name, int Layers, double TotalGb, double UsableGb, bool Fits, double MarketedGb);
