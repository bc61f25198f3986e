using System.Linq.Expressions;
using ExpertRig.Engine.Compilation;

namespace ExpertRig.Engine.Dsl;

internal sealed class RightHandSideExpression : IRightHandSideExpression
{
    public List<ActionDeclaration> Actions { get; } = [];

    public IRightHandSideExpression Do(Expression<Action<IContext>> action)
    {
        Actions.Add(new ActionDeclaration(ActionKind.Do, action));
        return this;
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yield) where TFact : class
    {
        if (Actions.Any(a => a.Kind == ActionKind.Yield))
        {
            throw new InvalidOperationException("A rule may Yield one linked fact; use IContext.InsertLinked for more.");
        }

        Actions.Add(new ActionDeclaration(ActionKind.Yield, yield));
        return this;
    }
}
