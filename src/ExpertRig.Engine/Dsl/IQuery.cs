using System.Linq.Expressions;

namespace ExpertRig.Engine.Dsl;

/// <summary>The start of a query in a rule's left-hand side.</summary>
public interface IQuery
{
    /// <summary>Selects the facts of type <typeparamref name="TFact"/> meeting every condition.</summary>
    IQuery<TFact> Match<TFact>(params Expression<Func<TFact, bool>>[] conditions);
}
