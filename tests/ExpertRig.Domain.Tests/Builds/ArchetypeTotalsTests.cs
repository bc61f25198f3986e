using ExpertRig.Domain.Builds;
using Xunit.Abstractions;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>Prints every archetype's bill of materials for the typical profile (read with --logger "console;verbosity=detailed").</summary>
public sealed class ArchetypeTotalsTests(ITestOutputHelper output)
{
    [Fact]
    public void Prints_EveryArchetype_ForTheTypicalProfile()
    {
        foreach (var archetype in BuildFixtures.Archetypes)
        {
            var build = BuildConfigurator.Configure(archetype, BuildFixtures.Typical, BuildFixtures.Needs(BuildFixtures.Typical), BuildFixtures.Knowledge);
            output.WriteLine($"{build.Archetype,-22} ${build.TotalPriceUsd,10:N0}  VRAM {build.AcceleratorMemoryGb,5:0} GB  RAM {build.SystemRamGb,4:0} GB  PSU {build.PsuCount} × {build.Psu?.Watts ?? 0:0} W  gaps {build.Gaps.Count}");
            foreach (var line in build.Components)
            {
                output.WriteLine($"    {line.Category,-11} {line.Quantity} × {line.Id,-44} ${line.UnitPriceUsd,9:N0}{(line.Used ? " used" : string.Empty)}  {line.Reason}");
            }

            foreach (var gap in build.Gaps)
            {
                output.WriteLine($"    GAP: {gap}");
            }

            build.Components.ShouldNotBeEmpty();
        }
    }
}
