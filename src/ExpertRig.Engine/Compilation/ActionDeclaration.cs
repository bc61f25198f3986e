using System.Linq.Expressions;

namespace ExpertRig.Engine.Compilation;

/// <summary>One right-hand-side action as the DSL recorded it, before compilation.</summary>
internal sealed record ActionDeclaration(ActionKind Kind, LambdaExpression Expression);
