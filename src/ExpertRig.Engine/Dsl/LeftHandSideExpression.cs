using System.Linq.Expressions;
using ExpertRig.Engine.Compilation;

namespace ExpertRig.Engine.Dsl;

internal sealed class LeftHandSideExpression : ILeftHandSideExpression
{
    public List<ElementDeclaration> Elements { get; } = [];

    public ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(new ElementDeclaration(ElementKind.Match, typeof(TFact), alias, conditions, [], static () => new List<TFact>()));
        return this;
    }

    public ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(new ElementDeclaration(ElementKind.Match, typeof(TFact), null, conditions, [], static () => new List<TFact>()));
        return this;
    }

    public ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(new ElementDeclaration(ElementKind.Exists, typeof(TFact), null, conditions, [], static () => new List<TFact>()));
        return this;
    }

    public ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(new ElementDeclaration(ElementKind.Not, typeof(TFact), null, conditions, [], static () => new List<TFact>()));
        return this;
    }

    public ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> query)
    {
        var built = (QueryBuilder<TResult>)query(new QueryStart());
        if (!built.Collected)
        {
            throw new InvalidOperationException("A query must end in Collect(): only collecting aggregates are supported.");
        }

        Elements.Add(new ElementDeclaration(
            ElementKind.Collect, built.ElementType, alias, built.ElementConditions, built.CollectionConditions, built.NewCollection));
        return this;
    }
}
