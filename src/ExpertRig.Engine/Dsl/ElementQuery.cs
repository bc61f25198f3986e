using System.Linq.Expressions;

namespace ExpertRig.Engine.Dsl;

/// <summary>A query over the facts of one type, before <see cref="Collect"/>.</summary>
internal sealed class ElementQuery<TFact>(List<LambdaExpression> elementConditions) : IQuery<TFact>
{
    public IQuery<TFact> Where(params Expression<Func<TFact, bool>>[] conditions)
    {
        elementConditions.AddRange(conditions);
        return this;
    }

    public IQuery<IEnumerable<TFact>> Collect() => new CollectedQuery<TFact>(elementConditions);
}
