namespace ExpertRig.Domain.Physics;

/// <summary>One part of the machine's power budget.</summary>
/// <param name="Name">What it is (e.g. <c>RTX 5090</c>, <c>Ryzen 9 9950X</c>, <c>board, RAM and storage</c>).</param>
/// <param name="SustainedWatts">Draw during hours of inference.</param>
/// <param name="PeakWatts">Highest draw the PSU must carry (board power, PL2, boost).</param>
/// <param name="Count">How many of them the machine has.</param>
public sealed record PowerComponent(string Name, double SustainedWatts, double PeakWatts, int Count = 1);
