namespace ExpertRig.Domain.Physics;

/// <summary>Yearly energy use and cost of running a machine at its sustained wall draw.</summary>
/// <param name="KilowattHoursPerYear">Wall kW × hours per day × 365.</param>
/// <param name="CostPerYear">Energy × price per kWh, in the price's currency.</param>
public sealed record ElectricityCost(double KilowattHoursPerYear, double CostPerYear);
