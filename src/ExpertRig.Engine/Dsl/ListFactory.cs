using System.Collections;

namespace ExpertRig.Engine.Dsl;

/// <summary>Makes the <c>List&lt;T&gt;</c> a Collect element fills, without making the list type at run time (Native
/// AOT cannot); one cached delegate per fact type.</summary>
internal static class ListFactory<T>
{
    public static Func<IList> Create { get; } = static () => new List<T>();
}
