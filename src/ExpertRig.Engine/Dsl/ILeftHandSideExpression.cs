using System.Linq.Expressions;

namespace ExpertRig.Engine.Dsl;

/// <summary>The patterns of a rule's left-hand side (mirrors NRules.Fluent's <c>ILeftHandSideExpression</c>).</summary>
public interface ILeftHandSideExpression
{
    /// <summary>Matches a fact of type <typeparamref name="TFact"/> meeting every condition and binds it to the variable
    /// named by <paramref name="alias"/>; later conditions and the actions may use the variable (joins).</summary>
    ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Matches a fact of type <typeparamref name="TFact"/> meeting every condition, without naming it.</summary>
    ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires at least one fact of type <typeparamref name="TFact"/> meeting every condition.</summary>
    ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that no fact of type <typeparamref name="TFact"/> meets every condition.</summary>
    ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Binds the result of a query, such as the collection of every fact meeting some conditions.</summary>
    ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> query);
}
