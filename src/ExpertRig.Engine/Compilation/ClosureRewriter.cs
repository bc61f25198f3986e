using System.Linq.Expressions;
using System.Reflection;

namespace ExpertRig.Engine.Compilation;

/// <summary>
/// Replaces reads of a rule's pattern variables (fields of the closure that <c>Define()</c> captured) by reads of the
/// matched tuple, so compiled conditions and actions are pure functions of the facts and can be shared by sessions.
/// </summary>
internal sealed class ClosureRewriter(
    IReadOnlyDictionary<FieldInfo, int> slots, ParameterExpression tuple, int boundSlots, string ruleName)
    : ExpressionVisitor
{
    private readonly Dictionary<ParameterExpression, Expression> _parameters = [];

    public ClosureRewriter WithParameter(ParameterExpression from, Expression to)
    {
        _parameters[from] = to;
        return this;
    }

    protected override Expression VisitParameter(ParameterExpression node) =>
        _parameters.TryGetValue(node, out var replacement) ? replacement : node;

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Member is FieldInfo field && slots.TryGetValue(field, out var slot))
        {
            if (slot >= boundSlots)
            {
                throw new RuleDefinitionException(
                    $"rule '{ruleName}': '{field.Name}' is used before the pattern that binds it");
            }

            return Expression.Convert(Expression.ArrayIndex(tuple, Expression.Constant(slot)), field.FieldType);
        }

        return base.VisitMember(node);
    }
}
