using System.Linq.Expressions;

namespace ExpertRig.Engine.Dsl;

internal sealed class QueryStart : IQuery
{
    public IQuery<TFact> Match<TFact>(params Expression<Func<TFact, bool>>[] conditions) =>
        new QueryBuilder<TFact>(typeof(TFact), [.. conditions], [], collected: false, static () => new List<TFact>());
}
