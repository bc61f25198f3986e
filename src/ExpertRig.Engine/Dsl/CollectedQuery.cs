using System.Collections;
using System.Linq.Expressions;

namespace ExpertRig.Engine.Dsl;

/// <summary>What <see cref="LeftHandSideExpression.Query{TResult}"/> reads from a collected query, whatever its fact type.</summary>
internal interface ICollectedQuery
{
    Type ElementType { get; }
    List<LambdaExpression> ElementConditions { get; }
    List<LambdaExpression> CollectionConditions { get; }

    /// <summary>Makes the <c>List&lt;ElementType&gt;</c> the collected facts go into.</summary>
    Func<IList> NewCollection { get; }
}

/// <summary>
/// A query after <c>Collect()</c>: later conditions test the collection. A type of its own rather than the element
/// query over <c>IEnumerable&lt;TFact&gt;</c>, whose <c>Collect()</c> would make a query over
/// <c>IEnumerable&lt;IEnumerable&lt;TFact&gt;&gt;</c> and so on: that generic recursion has no end for a native
/// (AOT) compile.
/// </summary>
internal sealed class CollectedQuery<TFact>(List<LambdaExpression> elementConditions) : IQuery<IEnumerable<TFact>>, ICollectedQuery
{
    public Type ElementType => typeof(TFact);
    public List<LambdaExpression> ElementConditions { get; } = elementConditions;
    public List<LambdaExpression> CollectionConditions { get; } = [];
    public Func<IList> NewCollection => ListFactory<TFact>.Create;

    public IQuery<IEnumerable<TFact>> Where(params Expression<Func<IEnumerable<TFact>, bool>>[] conditions)
    {
        CollectionConditions.AddRange(conditions);
        return this;
    }

    public IQuery<IEnumerable<IEnumerable<TFact>>> Collect() =>
        throw new InvalidOperationException("Collect() may appear once in a query.");
}
