using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Profiles;

/// <summary>"What would it take?" (no budget) and the wall sockets outside North America.</summary>
public sealed class BudgetAndCircuitTests
{
    [Fact]
    public void AProfileWithoutABudget_HasNoCeiling()
    {
        var profile = ProfileTestText.Parse("workloads:\n  - model: llama-3-70b\n");

        profile.HasBudget.ShouldBeFalse();
        double.IsPositiveInfinity(profile.BudgetUsd).ShouldBeTrue();
    }

    [Fact]
    public void AProfileWithABudget_KeepsIt() =>
        ProfileTestText.Parse("workloads:\n  - model: llama-3-70b\nbudget_usd: 5000\n").HasBudget.ShouldBeTrue();

    [Theory]
    [InlineData("10a-230v", 10)]
    [InlineData("13a-230v", 13)]
    [InlineData("16a-230v", 16)]
    [InlineData("32a-230v", 32)]
    public void A230VoltCircuit_IsRead_WithItsBreakerAndVoltage(string token, int amps)
    {
        var profile = ProfileTestText.Parse($"workloads:\n  - model: llama-3-70b\ncircuit: {token}\n");

        profile.Circuit.Amps().ShouldBe(amps);
        profile.Circuit.Volts().ShouldBe(230);
        HouseholdCircuit.Standard.ShouldContain(c => c.Id == token && c.BreakerAmps == amps && c.Volts == 230);
    }

    [Fact]
    public void A16AmpSchukoCircuit_CarriesAContinuousLoadUpTo80Percent()
    {
        var circuit = HouseholdCircuit.Standard.Single(c => c.Id == "16a-230v");
        var constants = PhysicsConstantsLoader.LoadDefault().Power;

        CircuitCheck.For(circuit, 2900, 3000, constants).Suffices.ShouldBeTrue();   // 12.6 A of 12.8 A
        CircuitCheck.For(circuit, 3000, 3000, constants).Suffices.ShouldBeFalse();  // 13.0 A: over 80% of 16 A
    }
}
