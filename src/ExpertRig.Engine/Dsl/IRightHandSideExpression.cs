using System.Linq.Expressions;

namespace ExpertRig.Engine.Dsl;

/// <summary>The actions of a rule's right-hand side (mirrors NRules.Fluent's <c>IRightHandSideExpression</c>).</summary>
public interface IRightHandSideExpression
{
    /// <summary>Runs an action when the rule fires.</summary>
    IRightHandSideExpression Do(Expression<Action<IContext>> action);

    /// <summary>Inserts a fact linked to the activation on the first firing, replaces it when the activation fires
    /// again, and retracts it automatically when the activation's match goes away.</summary>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yield) where TFact : class;
}
