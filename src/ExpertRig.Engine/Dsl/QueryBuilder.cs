using System.Linq.Expressions;

namespace ExpertRig.Engine.Dsl;

internal sealed class QueryBuilder<TSource>(
    Type elementType,
    List<LambdaExpression> elementConditions,
    List<LambdaExpression> collectionConditions,
    bool collected,
    Func<System.Collections.IList> newCollection)
    : IQuery<TSource>
{
    public Type ElementType { get; } = elementType;

    /// <summary>Makes the <c>List&lt;ElementType&gt;</c> the collected facts go into.</summary>
    public Func<System.Collections.IList> NewCollection { get; } = newCollection;
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

        return new QueryBuilder<IEnumerable<TSource>>(ElementType, ElementConditions, CollectionConditions, collected: true, NewCollection);
    }
}
