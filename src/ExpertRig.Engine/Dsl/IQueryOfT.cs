using System.Linq.Expressions;

namespace ExpertRig.Engine.Dsl;

/// <summary>A query producing values of type <typeparamref name="TSource"/>.</summary>
public interface IQuery<TSource>
{
    /// <summary>Keeps the values meeting every condition.</summary>
    IQuery<TSource> Where(params Expression<Func<TSource, bool>>[] conditions);

    /// <summary>Aggregates every selected fact into one list (possibly empty) that is matched as a whole.</summary>
    IQuery<IEnumerable<TSource>> Collect();
}
