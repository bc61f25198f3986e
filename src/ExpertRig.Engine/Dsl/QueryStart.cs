using System.Linq.Expressions;

namespace ExpertRig.Engine.Dsl;

/// <summary>The start of a query in a rule's left-hand side (a class, so <see cref="Match{TFact}"/> is not a generic
/// virtual method; see <see cref="LeftHandSideExpression"/>).</summary>
public sealed class QueryStart
{
    internal QueryStart()
    {
    }

    /// <summary>Selects the facts of type <typeparamref name="TFact"/> meeting every condition.</summary>
    public IQuery<TFact> Match<TFact>(params Expression<Func<TFact, bool>>[] conditions) => new ElementQuery<TFact>([.. conditions]);
}
