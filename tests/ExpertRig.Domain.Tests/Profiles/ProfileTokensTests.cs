using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Profiles;

public sealed class ProfileTokensTests
{
    [Fact]
    public void Has_OneWord_ForEveryEnumValue()
    {
        ProfileTokens.OperatingSystems.Select(pair => pair.Value).ShouldBe(Enum.GetValues<OperatingSystemChoice>(), ignoreOrder: true);
        ProfileTokens.Privacies.Select(pair => pair.Value).ShouldBe(Enum.GetValues<Privacy>(), ignoreOrder: true);
        ProfileTokens.Circuits.Select(pair => pair.Value).ShouldBe(Enum.GetValues<Circuit>(), ignoreOrder: true);
        ProfileTokens.Priorities.Select(pair => pair.Value).ShouldBe(Enum.GetValues<Priority>(), ignoreOrder: true);
    }

    [Theory]
    [InlineData(Circuit.Amps15Volts120, "15a-120v", 15, 120, 1800)]
    [InlineData(Circuit.Amps20Volts120, "20a-120v", 20, 120, 2400)]
    [InlineData(Circuit.Amps15Volts240, "15a-240v", 15, 240, 3600)]
    [InlineData(Circuit.Amps20Volts240, "20a-240v", 20, 240, 4800)]
    [InlineData(Circuit.Amps30Volts240, "30a-240v", 30, 240, 7200)]
    public void Returns_Rating_ThatItsWordSpells(Circuit circuit, string word, int amps, int volts, int watts)
    {
        ProfileTokens.ToToken(circuit).ShouldBe(word);
        circuit.Amps().ShouldBe(amps);
        circuit.Volts().ShouldBe(volts);
        circuit.RatedWatts().ShouldBe(watts);
    }
}
