using System.Linq.Expressions;
using ExpertRig.Engine.Compilation;

namespace ExpertRig.Engine.Dsl;

/// <summary>
/// The actions of a rule's right-hand side (mirrors NRules.Fluent's <c>IRightHandSideExpression</c>); a sealed class
/// so <see cref="Yield{TFact}"/> is not a generic virtual method (see <see cref="LeftHandSideExpression"/>).
/// </summary>
public sealed class RightHandSideExpression
{
    internal RightHandSideExpression()
    {
    }

    internal List<ActionDeclaration> Actions { get; } = [];

    /// <summary>Runs an action when the rule fires.</summary>
    public RightHandSideExpression Do(Expression<Action<IContext>> action)
    {
        Actions.Add(new ActionDeclaration(ActionKind.Do, action));
        return this;
    }

    /// <summary>Inserts a fact linked to the activation on the first firing, replaces it when the activation fires
    /// again, and retracts it automatically when the activation's match goes away.</summary>
    public RightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yield) where TFact : class
    {
        if (Actions.Any(a => a.Kind == ActionKind.Yield))
        {
            throw new InvalidOperationException("A rule may Yield one linked fact; use IContext.InsertLinked for more.");
        }

        Actions.Add(new ActionDeclaration(ActionKind.Yield, yield));
        return this;
    }
}
