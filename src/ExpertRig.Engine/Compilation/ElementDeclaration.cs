using System.Linq.Expressions;

namespace ExpertRig.Engine.Compilation;

/// <summary>
/// One left-hand-side element as the DSL recorded it, before compilation. <see cref="NewCollection"/> makes the
/// <c>List&lt;FactType&gt;</c> a Collect element fills; the DSL creates it where the fact type is a type argument, so
/// no list type is made at run time (Native AOT cannot).
/// </summary>
internal sealed record ElementDeclaration(
    ElementKind Kind,
    Type FactType,
    LambdaExpression? Alias,
    IReadOnlyList<LambdaExpression> Conditions,
    IReadOnlyList<LambdaExpression> CollectionConditions,
    Func<System.Collections.IList> NewCollection);
