using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>Paths of the physics data copied beside the test binaries, and the constants loaded once.</summary>
public static class PhysicsFiles
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "catalog", "physics");

    public static string Constants { get; } = Path.Combine(Directory, "constants.yaml");

    public static string Measurements { get; } = Path.Combine(Directory, "measurements.yaml");

    public static string SeedClaims { get; } = Path.Combine(Directory, "seed-claims.yaml");

    private static readonly Lazy<PhysicsConstants> LoadedConstants = new(() => PhysicsConstantsLoader.Load(Constants));

    public static PhysicsConstants LoadConstants() => LoadedConstants.Value;
}
