using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Facts;

/// <summary>The user's whole-system needs, from the profile with its defaults made explicit.</summary>
public sealed record Requirements(Profile Profile)
{
    /// <summary>Whole-system budget in US dollars.</summary>
    public double BudgetUsd => Profile.BudgetUsd;

    /// <summary>People using the machine at the same time.</summary>
    public int Users => Profile.ConcurrentUsers;

    /// <summary>True when the named priority was given.</summary>
    public bool Wants(Priority priority) => Profile.HasPriority(priority);

    /// <inheritdoc />
    public override string ToString() =>
        $"Requirements (${BudgetUsd:N0}, {Users} user(s), {Profile.Os}, {Profile.Privacy}, circuit {Profile.Circuit})";
}
