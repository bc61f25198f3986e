using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Builds.Composition;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine;
using ExpertRig.Rules;

namespace ExpertRig.Advisor;

/// <summary>
/// Runs the knowledge base over a profile: inserts the knowledge, the requirement facts and every archetype, fires
/// the rules to quiescence and hands back the <see cref="Consultation"/>. Loading happens once per process.
/// </summary>
public sealed class Advisor(Knowledge knowledge, IReadOnlyList<Archetype> archetypes, ISessionFactory rules)
{
    private static readonly Lazy<Advisor> Shared = new(LoadShipped);

    /// <summary>The advisor over the shipped catalog, physics constants, archetypes and rules.</summary>
    public static Advisor Default => Shared.Value;

    /// <summary>The catalog and physics constants the rules read.</summary>
    public Knowledge Knowledge { get; } = knowledge;

    /// <summary>The archetypes every consultation configures.</summary>
    public IReadOnlyList<Archetype> Archetypes { get; } = archetypes;

    /// <summary>The profile parser that knows the catalog's models and quantizations.</summary>
    public ProfileLoader ProfileLoader => new(new CatalogVocabulary(Knowledge.Catalog));

    /// <summary>
    /// Fires the rule base over the profile: the guide's templates and the builds the composer chose from the catalog
    /// are configured, checked, predicted and ranked; the options the composer pruned go in as <see cref="PrunedOption"/> facts.
    /// </summary>
    public Consultation Consult(Profile profile) => Consult(profile, prune: true);

    /// <summary>As <see cref="Consult(Profile)"/>; with <paramref name="prune"/> false every seatable option is configured (the reference search for tests).</summary>
    public Consultation Consult(Profile profile, bool prune) => Run(profile, (session, knowledge, requirements, needs) =>
    {
        var composition = BuildComposer.Compose(Archetypes, requirements, needs, knowledge, prune: prune);
        session.InsertAll(composition.Candidates);
        session.InsertAll(composition.Pruned);
    });

    /// <summary>
    /// Checks one given build against the profile: compatibility, power, predictions and findings. The profile's GPU
    /// power limit applies to the build's cards as it does to recommended builds.
    /// </summary>
    public Consultation Check(Build build, Profile profile) =>
        Run(profile, (session, _, _, _) => session.Insert(build.Gpu is null ? build : build with { PowerLimit = profile.GpuPowerLimit }));

    // The rule base compiles while the catalog files are parsed: start-up is most of a one-off recommendation.
    private static Advisor LoadShipped()
    {
        var rules = Task.Run(() => KnowledgeBase.Factory);
        var physics = Task.Run(PhysicsConstantsLoader.LoadDefault);
        var catalog = CatalogLoader.LoadDefault();
        var archetypes = ArchetypeLoader.LoadDefault();
        return new Advisor(new Knowledge(catalog, physics.GetAwaiter().GetResult()), archetypes, rules.GetAwaiter().GetResult());
    }

    private Consultation Run(Profile profile, Action<ISession, Knowledge, Requirements, IReadOnlyList<WorkloadNeed>> insertCandidates)
    {
        // The user's own prices replace the catalog's for this consultation only.
        // Models read from a workload's model_file join the catalog for this consultation only.
        var knowledge = profile.Prices.Count == 0 && profile.ImportedModels.Count == 0
            ? Knowledge
            : Knowledge with { Catalog = PriceOverrides.Apply(Knowledge.Catalog, profile.Prices).WithModels([.. profile.ImportedModels]) };
        var session = rules.CreateSession();
        var requirements = new Requirements(profile);
        var needs = profile.Workloads.Select((w, i) => new WorkloadNeed(
            i,
            w,
            knowledge.Catalog.FindModel(w.Model),
            w.Quant is null ? null : knowledge.Catalog.Quantizations.Find(w.Quant))
        {
            QualityFloor = profile.MinQuality is null ? null : knowledge.Catalog.Quantizations.Find(profile.MinQuality),
        }).ToList();
        session.Insert(knowledge);
        session.Insert(requirements);
        session.InsertAll(needs);
        insertCandidates(session, knowledge, requirements, needs);
        session.Fire();
        return new Consultation(profile, session, rules.Rules);
    }
}
