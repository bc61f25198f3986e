using System.Linq.Expressions;
using ExpertRig.Engine.Compilation;

namespace ExpertRig.Engine.Dsl;

/// <summary>
/// The patterns of a rule's left-hand side (mirrors NRules.Fluent's <c>ILeftHandSideExpression</c>).
/// A sealed class, not an interface: its generic methods are then not virtual, so a native (AOT) compile sees each
/// instantiation the rules use. Native AOT builds a generic virtual method it did not precompile at run time, and its
/// type loader looped for ever doing so here (ADR 0002).
/// </summary>
public sealed class LeftHandSideExpression
{
    internal LeftHandSideExpression()
    {
    }

    internal List<ElementDeclaration> Elements { get; } = [];

    /// <summary>Matches a fact of type <typeparamref name="TFact"/> meeting every condition and binds it to the variable
    /// named by <paramref name="alias"/>; later conditions and the actions may use the variable (joins).</summary>
    public LeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(new ElementDeclaration(ElementKind.Match, typeof(TFact), alias, conditions, [], ListFactory<TFact>.Create));
        return this;
    }

    /// <summary>Matches a fact of type <typeparamref name="TFact"/> meeting every condition, without naming it.</summary>
    public LeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(new ElementDeclaration(ElementKind.Match, typeof(TFact), null, conditions, [], ListFactory<TFact>.Create));
        return this;
    }

    /// <summary>Requires at least one fact of type <typeparamref name="TFact"/> meeting every condition.</summary>
    public LeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(new ElementDeclaration(ElementKind.Exists, typeof(TFact), null, conditions, [], ListFactory<TFact>.Create));
        return this;
    }

    /// <summary>Requires that no fact of type <typeparamref name="TFact"/> meets every condition.</summary>
    public LeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(new ElementDeclaration(ElementKind.Not, typeof(TFact), null, conditions, [], ListFactory<TFact>.Create));
        return this;
    }

    /// <summary>Binds the result of a query, such as the collection of every fact meeting some conditions.</summary>
    public LeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<QueryStart, IQuery<TResult>> query)
    {
        if (query(new QueryStart()) is not ICollectedQuery built)
        {
            throw new InvalidOperationException("A query must end in Collect(): only collecting aggregates are supported.");
        }

        Elements.Add(new ElementDeclaration(
            ElementKind.Collect, built.ElementType, alias, built.ElementConditions, built.CollectionConditions, built.NewCollection));
        return this;
    }
}
