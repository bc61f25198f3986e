using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ExpertRig.Engine.Compilation;

/// <summary>
/// Renders a condition as readable source text: captured variables appear under their own names, enum comparisons
/// show the enum member instead of the compiler's integer conversion, and <c>AndAlso</c>/<c>OrElse</c> read as C#.
/// </summary>
internal static class ExpressionText
{
    public static string Of(LambdaExpression expression) =>
        new Readable().Visit(expression)!.ToString()
            .Replace(" AndAlso ", " && ", StringComparison.Ordinal)
            .Replace(" OrElse ", " || ", StringComparison.Ordinal);

    private sealed class Readable : ExpressionVisitor
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

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node is { Left: UnaryExpression { NodeType: ExpressionType.Convert, Operand.Type.IsEnum: true } left, Right: ConstantExpression right }
                && right.Value is int value)
            {
                var operand = Visit(left.Operand)!;
                var member = Expression.Parameter(operand.Type, Enum.GetName(left.Operand.Type, value) ?? value.ToString());
                return Expression.MakeBinary(node.NodeType, operand, member);
            }

            return base.VisitBinary(node);
        }
    }
}
