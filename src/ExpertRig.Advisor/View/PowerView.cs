namespace ExpertRig.Advisor.View;

/// <summary>A build's power: draw, PSU, the circuit it needs and what it costs to run.</summary>
public sealed record PowerView(
    double SustainedW,
    double PeakW,
    double PsuW,
    int PsuCount,
    bool CircuitOk,
    string Circuit,
    string CircuitDetail,
    string? SmallestSufficientCircuit,
    double YearlyKwh,
    double YearlyCostUsd);
