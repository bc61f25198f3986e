using System.Linq.Expressions;

namespace ExpertRig.Engine.Compilation;

/// <summary>One left-hand-side element as the DSL recorded it, before compilation.</summary>
internal sealed record ElementDeclaration(
    ElementKind Kind,
    Type FactType,
    LambdaExpression? Alias,
    IReadOnlyList<LambdaExpression> Conditions,
    IReadOnlyList<LambdaExpression> CollectionConditions);
