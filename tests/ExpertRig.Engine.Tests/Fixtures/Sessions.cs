namespace ExpertRig.Engine.Tests.Fixtures;

internal static class Sessions
{
    public static ISession With(params Type[] rules) => new RuleRepository().Load(rules).Compile().CreateSession();

    public static IReadOnlyList<string> FiredRules(this ISession session) =>
        [.. session.Journal.Select(r => r.Rule.Name)];
}
