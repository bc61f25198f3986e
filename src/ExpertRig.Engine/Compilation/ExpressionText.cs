using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ExpertRig.Engine.Compilation;

/// <summary>Renders a condition as readable source text: captured variables appear under their own names.</summary>
internal static class ExpressionText
{
    public static string Of(LambdaExpression expression) => new ClosureNamer().Visit(expression)!.ToString();

    private sealed class ClosureNamer : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            if (node is { Member: FieldInfo field, Expression: ConstantExpression constant } &&
                constant.Type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
            {
                return Expression.Parameter(field.FieldType, field.Name);
            }

            return base.VisitMember(node);
        }
    }
}
