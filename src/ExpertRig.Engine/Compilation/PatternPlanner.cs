using System.Linq.Expressions;
using System.Reflection;

namespace ExpertRig.Engine.Compilation;

/// <summary>
/// Splits a pattern's conditions, at their top-level <c>&amp;&amp;</c>, into alpha tests (they read the fact alone,
/// and are shared by every rule with the same pattern), at most one equality join used as a hash key, and the
/// remaining join tests (they read facts bound earlier).
/// </summary>
internal static class PatternPlanner
{
    private static readonly MethodInfo ReferenceEqualsMethod = typeof(object).GetMethod(nameof(ReferenceEquals))!;

    public static IEnumerable<LambdaExpression> Conjuncts(LambdaExpression condition) =>
        Split(condition.Body).Select(body => (LambdaExpression)new BodyReplacer(body).Visit(condition));

    /// <summary>True when the rewritten condition reads the tuple (a join) rather than the fact alone.</summary>
    public static bool ReadsTuple(Expression body, ParameterExpression tuple) => Reads(body, tuple);

    /// <summary>The hash key of an equality between the fact and the tuple, or null when the conjunct is not one.</summary>
    public static JoinKey? Key(
        Expression body, ParameterExpression fact, ParameterExpression tuple, ISet<int> matchSlots, Func<string> text)
    {
        Expression left, right;
        bool byReference;
        switch (body)
        {
            case MethodCallExpression call when call.Method == ReferenceEqualsMethod:
                (left, right, byReference) = (call.Arguments[0], call.Arguments[1], true);
                break;
            case BinaryExpression { NodeType: ExpressionType.Equal, Method: null } equal
                when !equal.Left.Type.IsValueType || IsHashable(equal.Left.Type):
                (left, right, byReference) = (equal.Left, equal.Right, !equal.Left.Type.IsValueType);
                break;
            case BinaryExpression { NodeType: ExpressionType.Equal } equal when equal.Method?.DeclaringType == typeof(string):
                (left, right, byReference) = (equal.Left, equal.Right, false);
                break;
            default:
                return null;
        }

        if (Reads(right, fact) && !Reads(right, tuple) && Reads(left, tuple) && !Reads(left, fact))
        {
            (left, right) = (right, left);
        }

        if (!Reads(left, fact) || Reads(left, tuple) || !Reads(right, tuple) || Reads(right, fact))
        {
            return null;
        }

        var factSide = Expression.Lambda<Func<object, object?>>(Expression.Convert(left, typeof(object)), fact);
        var slot = Unconverted(right) is BinaryExpression { NodeType: ExpressionType.ArrayIndex, Right: ConstantExpression { Value: int index } }
            && matchSlots.Contains(index) ? index : -1;
        var tupleSide = slot >= 0 ? null
            : new TieredDelegate<Func<object?[], object?>>(
                Expression.Lambda<Func<object?[], object?>>(Expression.Convert(right, typeof(object)), tuple));
        return new JoinKey(text, $"{(byReference ? "ref" : "eq")} {left}", new TieredDelegate<Func<object, object?>>(factSide),
            byReference ? slot : -1, tupleSide ?? (slot >= 0 && !byReference ? SlotRead(tuple, slot) : null), byReference);
    }

    // A value-equality key on a bare variable still compares values, so it is read through a delegate, not by identity.
    private static TieredDelegate<Func<object?[], object?>> SlotRead(ParameterExpression tuple, int slot) =>
        new(Expression.Lambda<Func<object?[], object?>>(Expression.ArrayIndex(tuple, Expression.Constant(slot)), tuple));

    private static bool IsHashable(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive && underlying != typeof(float) && underlying != typeof(double) || underlying.IsEnum;
    }

    private static IEnumerable<Expression> Split(Expression body) =>
        body is BinaryExpression { NodeType: ExpressionType.AndAlso } and ? Split(and.Left).Concat(Split(and.Right)) : [body];

    private static Expression Unconverted(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.TypeAs } unary)
        {
            expression = unary.Operand;
        }

        return expression;
    }

    private static bool Reads(Expression expression, ParameterExpression parameter)
    {
        var finder = new ParameterFinder(parameter);
        finder.Visit(expression);
        return finder.Found;
    }

    private sealed class ParameterFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        public override Expression? Visit(Expression? node) => Found ? node : base.Visit(node);

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= node == parameter;
            return node;
        }
    }

    // The conjunct keeps the condition's own Expression<TDelegate> type: Expression<T>.Update is compiled for each
    // T the rules use, whereas Expression.Lambda(Type, …) makes Expression<T> at run time (Native AOT cannot).
    private sealed class BodyReplacer(Expression body) : ExpressionVisitor
    {
        protected override Expression VisitLambda<T>(Expression<T> node) => node.Update(body, node.Parameters);
    }
}
