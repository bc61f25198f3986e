using System.Linq.Expressions;

namespace ExpertRig.Engine.Dsl;

internal sealed class QueryBuilder<TSource>(
    Type elementType, List<LambdaExpression> elementConditions, List<LambdaExpression> collectionConditions, bool collected)
    : IQuery<TSource>
{
    public Type ElementType { get; } = elementType;
    public List<LambdaExpression> ElementConditions { get; } = elementConditions;
    public List<LambdaExpression> CollectionConditions { get; } = collectionConditions;
    public bool Collected { get; } = collected;

    public IQuery<TSource> Where(params Expression<Func<TSource, bool>>[] conditions)
    {
        (Collected ? CollectionConditions : ElementConditions).AddRange(conditions);
        return this;
    }

    public IQuery<IEnumerable<TSource>> Collect()
    {
        if (Collected)
        {
            throw new InvalidOperationException("Collect() may appear once in a query.");
        }

        return new QueryBuilder<IEnumerable<TSource>>(ElementType, ElementConditions, CollectionConditions, collected: true);
    }
}
