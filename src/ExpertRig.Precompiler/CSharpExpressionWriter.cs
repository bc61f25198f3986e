using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace ExpertRig.Precompiler;

/// <summary>An expression tree the writer cannot turn into C# that does the same (the message says which node and why).</summary>
public sealed class UnsupportedExpressionException(string message) : Exception(message);

/// <summary>
/// Writes a compiled rule's condition or action (an expression tree over <c>(fact, tuple)</c>, <c>(ctx, tuple)</c>,
/// <c>fact</c> or <c>tuple</c>) as the body of a C# method that computes the same: every operator, conversion and call
/// is written with the types and members the tree names (receivers and arguments cast to the types the member declares,
/// generic arguments explicit, extension methods called as static methods), so overload resolution cannot pick another
/// member. Values a tree holds as constants, and captured variables that are not pattern variables (fields of the
/// closure <c>Define()</c> made), are written as literals; a private method of a public type (a rule's own
/// <c>Text(…)</c>) is called through an <see cref="UnsafeAccessorAttribute"/> declaration the writer adds to
/// <see cref="Accessors"/>. Anything else it cannot name or reproduce exactly throws
/// <see cref="UnsupportedExpressionException"/>, and that tree stays interpreted.
/// </summary>
public sealed class CSharpExpressionWriter
{
    private readonly Dictionary<ParameterExpression, string> parameters = [];
    private readonly Dictionary<MethodInfo, string> accessorNames = [];
    private readonly StringBuilder accessors = new();

    /// <summary>The <c>extern</c> accessor methods the written methods call (declarations for the generated class).</summary>
    public string Accessors => accessors.ToString();

    /// <summary>A private static method named <paramref name="name"/> that runs <paramref name="lambda"/>.</summary>
    public string Method(string name, LambdaExpression lambda)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        parameters.Clear();
        var signature = string.Join(", ", lambda.Parameters.Select(p => $"{Type(p.Type)} {Declare(p)}"));
        var returns = lambda.ReturnType == typeof(void) ? "void" : Type(lambda.ReturnType);

        // An action that only does something is (effect; null): a statement body.
        if (lambda.Body is BlockExpression { Variables.Count: 0 } block)
        {
            var statements = new StringBuilder();
            for (var i = 0; i < block.Expressions.Count - 1; i++)
            {
                var statement = block.Expressions[i];
                statements.Append("        ")
                    .Append(statement.Type == typeof(void) ? Write(statement) : $"_ = {Write(statement)}")
                    .Append(";\n");
            }

            var last = block.Expressions[^1];
            statements.Append("        ").Append(lambda.ReturnType == typeof(void)
                ? (last.Type == typeof(void) ? Write(last) : $"_ = {Write(last)}") + ";\n"
                : $"return {Cast(lambda.ReturnType, last)};\n");
            return $"    private static {returns} {name}({signature})\n    {{\n{statements}    }}\n";
        }

        return $"    private static {returns} {name}({signature}) =>\n        {Cast(lambda.ReturnType, lambda.Body)};\n";
    }

    private string Declare(ParameterExpression parameter)
    {
        var name = $"p{parameters.Count}";
        parameters.Add(parameter, name);
        return name;
    }

    private static string Type(Type type)
    {
        try
        {
            return CSharpValueWriter.TypeName(type);
        }
        catch (UnsupportedShapeException error)
        {
            throw new UnsupportedExpressionException(error.Message);
        }
    }

    // The expression converted to the type a parameter, member or result declares (C# then resolves what the tree did).
    private string Cast(Type type, Expression node) =>
        node.Type == type && node is not LambdaExpression ? Write(node) : $"(({Type(type)})({Write(node)}))";

    private string Write(Expression node) => node switch
    {
        ParameterExpression parameter => parameters.TryGetValue(parameter, out var name)
            ? name
            : throw new UnsupportedExpressionException($"the parameter {parameter.Name} is not declared by a lambda of the tree"),
        ConstantExpression constant => Literal(constant.Value, constant.Type),
        MemberExpression member => Member(member),
        MethodCallExpression call => Call(call),
        BinaryExpression binary => Binary(binary),
        UnaryExpression unary => Unary(unary),
        ConditionalExpression conditional when conditional.Type != typeof(void) =>
            $"({Write(conditional.Test)} ? {Cast(conditional.Type, conditional.IfTrue)} : {Cast(conditional.Type, conditional.IfFalse)})",
        TypeBinaryExpression { NodeType: ExpressionType.TypeIs } test => $"(({Write(test.Expression)}) is {Type(test.TypeOperand)})",
        LambdaExpression lambda => Lambda(lambda),
        NewExpression created => New(created),
        MemberInitExpression init => $"({New(init.NewExpression)} {{ {string.Join(", ", init.Bindings.Select(Binding))} }})",
        ListInitExpression list =>
            $"({New(list.NewExpression)} {{ {string.Join(", ", list.Initializers.Select(ListItem))} }})",
        NewArrayExpression { NodeType: ExpressionType.NewArrayInit } array =>
            $"(new {Type(array.Type.GetElementType()!)}[] {{ {string.Join(", ", array.Expressions.Select(e => Cast(array.Type.GetElementType()!, e)))} }})",
        NewArrayExpression { NodeType: ExpressionType.NewArrayBounds, Expressions.Count: 1 } array =>
            $"(new {Type(array.Type.GetElementType()!)}[{Write(array.Expressions[0])}])",
        InvocationExpression invocation =>
            $"({Cast(invocation.Expression.Type, invocation.Expression)}({Arguments(invocation.Expression.Type.GetMethod("Invoke")!, invocation.Arguments)}))",
        DefaultExpression when node.Type != typeof(void) => $"default({Type(node.Type)})",
        IndexExpression { Indexer: { } indexer, Object: { } target } index when Visible(indexer.GetMethod) =>
            $"({Cast(indexer.DeclaringType!, target)}[{Arguments(indexer.GetMethod!, index.Arguments)}])",
        _ => throw new UnsupportedExpressionException($"{node.NodeType} nodes ({node}) are not supported"),
    };

    private string Lambda(LambdaExpression lambda)
    {
        var signature = string.Join(", ", lambda.Parameters.Select(p => $"{Type(p.Type)} {Declare(p)}"));
        var body = lambda.ReturnType == typeof(void) ? Write(lambda.Body) : Cast(lambda.ReturnType, lambda.Body);
        return $"(({Type(lambda.Type)})(({signature}) => {body}))";
    }

    private static string Literal(object? value, Type type)
    {
        string text;
        switch (value)
        {
            case null:
                return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? $"default({Type(type)})" : $"(({Type(type)})null)";
            case Type named:
                text = $"typeof({Type(named)})";
                break;
            case string or bool or char or Enum or decimal or double or float or sbyte or byte or short or ushort or int or uint or long or ulong:
                try
                {
                    text = new CSharpValueWriter().Write(value, value.GetType(), "constant");
                }
                catch (UnsupportedShapeException error)
                {
                    throw new UnsupportedExpressionException(error.Message);
                }

                break;
            default:
                throw new UnsupportedExpressionException($"a constant of type {value.GetType()} cannot be written as a literal");
        }

        return value.GetType() == type ? $"({text})" : $"(({Type(type)})({text}))";
    }

    private string Member(MemberExpression node)
    {
        // A captured variable that is not a pattern variable (the rewriter replaced those by tuple reads): its value.
        if (node is { Member: FieldInfo field, Expression: ConstantExpression { Value: { } closure } })
        {
            return Literal(field.GetValue(closure), field.FieldType);
        }

        switch (node.Member)
        {
            case FieldInfo { IsStatic: true, IsInitOnly: true } readOnly when !Visible(readOnly):
                return Literal(readOnly.GetValue(null), readOnly.FieldType);
            case FieldInfo visible when Visible(visible):
                return visible.IsStatic
                    ? $"{Type(visible.DeclaringType!)}.{visible.Name}"
                    : $"({Cast(visible.DeclaringType!, node.Expression!)}.{visible.Name})";
            case PropertyInfo { GetMethod: { } getter } property when Visible(getter) && property.GetIndexParameters().Length == 0:
                return getter.IsStatic
                    ? $"{Type(property.DeclaringType!)}.{property.Name}"
                    : $"({Cast(property.DeclaringType!, node.Expression!)}.{property.Name})";
            case PropertyInfo { GetMethod: { } hidden } property when property.GetIndexParameters().Length == 0:
                return Accessor(hidden, node.Expression, []);
            default:
                throw new UnsupportedExpressionException($"the member {node.Member.DeclaringType}.{node.Member.Name} cannot be read from generated code");
        }
    }

    private string Call(MethodCallExpression call)
    {
        var method = call.Method;

        // A method group converted to a delegate: the C# compiler writes methodInfo.CreateDelegate(type, null).
        if (method.Name == nameof(MethodInfo.CreateDelegate) && method.DeclaringType == typeof(MethodInfo)
            && call is { Object: ConstantExpression { Value: MethodInfo grouped }, Arguments: [ConstantExpression { Value: Type delegateType }, ConstantExpression { Value: null }] })
        {
            return MethodGroup(grouped, delegateType);
        }

        if (!Visible(method))
        {
            return Accessor(method, call.Object, call.Arguments);
        }

        if (method.IsSpecialName)
        {
            if (method.Name == "get_Item" && call.Object is not null)
            {
                return $"({Cast(method.DeclaringType!, call.Object)}[{Arguments(method, call.Arguments)}])";
            }

            throw new UnsupportedExpressionException($"a call of the special method {method.DeclaringType}.{method.Name} is not supported");
        }

        var generic = method.IsGenericMethod ? "<" + string.Join(", ", method.GetGenericArguments().Select(Type)) + ">" : "";
        var target = method.IsStatic ? Type(method.DeclaringType!) : Cast(method.DeclaringType!, call.Object!);
        return $"{target}.{method.Name}{generic}({Arguments(method, call.Arguments)})";
    }

    private string MethodGroup(MethodInfo target, Type delegateType)
    {
        if (!target.IsStatic)
        {
            throw new UnsupportedExpressionException($"a delegate of the instance method {target.DeclaringType}.{target.Name} is not supported");
        }

        if (Visible(target))
        {
            var generic = target.IsGenericMethod ? "<" + string.Join(", ", target.GetGenericArguments().Select(Type)) + ">" : "";
            return $"(new {Type(delegateType)}({Type(target.DeclaringType!)}.{target.Name}{generic}))";
        }

        // A private method: a lambda that calls it through its accessor, with the delegate's own parameters.
        var declared = target.GetParameters();
        var lambdaParameters = declared.Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToList();
        var signature = string.Join(", ", lambdaParameters.Select(p => $"{Type(p.Type)} {Declare(p)}"));
        return $"(new {Type(delegateType)}(({signature}) => {Accessor(target, null, lambdaParameters)}))";
    }

    // A private method of a public type, called through an UnsafeAccessor (which Native AOT resolves at compile time).
    private string Accessor(MethodInfo method, Expression? target, IReadOnlyList<Expression> arguments)
    {
        var declaring = method.DeclaringType!;
        if (method.IsGenericMethod || declaring.IsGenericType || declaring.IsValueType
            || method.GetParameters().Any(p => p.ParameterType.IsByRef))
        {
            throw new UnsupportedExpressionException($"the method {declaring}.{method.Name} is not public and cannot be called through an accessor");
        }

        if (!accessorNames.TryGetValue(method, out var name))
        {
            name = $"A{accessorNames.Count}";
            accessorNames.Add(method, name);
            var kind = method.IsStatic ? "StaticMethod" : "Method";
            var returns = method.ReturnType == typeof(void) ? "void" : Type(method.ReturnType);
            var signature = string.Join("", method.GetParameters().Select((p, i) => $", {Type(p.ParameterType)} a{i}"));
            accessors.Append($"    [global::System.Runtime.CompilerServices.UnsafeAccessor(global::System.Runtime.CompilerServices.UnsafeAccessorKind.{kind}, Name = {CSharpValueWriter.Literal(method.Name)})]\n")
                .Append($"    private static extern {returns} {name}({Type(declaring)} target{signature});\n\n");
        }

        var receiver = method.IsStatic ? $"(({Type(declaring)})null)" : Cast(declaring, target!);
        var rest = arguments.Count == 0 ? "" : ", " + Arguments(method, arguments);
        return $"{name}({receiver}{rest})";
    }

    private string Arguments(MethodInfo method, IReadOnlyList<Expression> arguments)
    {
        var declared = method.GetParameters();
        if (declared.Any(p => p.ParameterType.IsByRef))
        {
            throw new UnsupportedExpressionException($"{method.DeclaringType}.{method.Name} takes a ref or out parameter");
        }

        return string.Join(", ", arguments.Select((argument, i) => Cast(declared[i].ParameterType, argument)));
    }

    private string New(NewExpression created)
    {
        if (created.Members is not null)
        {
            throw new UnsupportedExpressionException($"anonymous types ({created.Type}) cannot be named");
        }

        if (created.Constructor is null)
        {
            return $"(new {Type(created.Type)}())";
        }

        if (!created.Constructor.IsPublic)
        {
            throw new UnsupportedExpressionException($"the constructor of {created.Type} is not public");
        }

        var declared = created.Constructor.GetParameters();
        return $"(new {Type(created.Type)}({string.Join(", ", created.Arguments.Select((a, i) => Cast(declared[i].ParameterType, a)))}))";
    }

    private string Binding(MemberBinding binding)
    {
        if (binding is not MemberAssignment assignment)
        {
            throw new UnsupportedExpressionException($"member bindings of kind {binding.BindingType} are not supported");
        }

        var type = assignment.Member switch
        {
            PropertyInfo { SetMethod.IsPublic: true } property => property.PropertyType,
            FieldInfo { IsPublic: true, IsInitOnly: false } field => field.FieldType,
            _ => throw new UnsupportedExpressionException($"the member {assignment.Member.Name} cannot be set from generated code"),
        };
        return $"{assignment.Member.Name} = {Cast(type, assignment.Expression)}";
    }

    private string ListItem(ElementInit item)
    {
        if (item.AddMethod.Name != "Add" || !Visible(item.AddMethod))
        {
            throw new UnsupportedExpressionException($"list initialisers through {item.AddMethod.Name} are not supported");
        }

        return item.Arguments.Count == 1
            ? Cast(item.AddMethod.GetParameters()[0].ParameterType, item.Arguments[0])
            : $"{{ {Arguments(item.AddMethod, item.Arguments)} }}";
    }

    private string Binary(BinaryExpression node)
    {
        if (node.Conversion is not null)
        {
            throw new UnsupportedExpressionException("a coalescing conversion is not supported");
        }

        if (node.NodeType == ExpressionType.ArrayIndex)
        {
            return $"({Write(node.Left)}[{Write(node.Right)}])";
        }

        // A method on a binary node is the operator the C# compiler (or Expression's factory) chose: the same operator
        // over the same operand types resolves to it. Another method (string + string is string.Concat) is what the
        // node calls, so it is called.
        if (node.Method is { } method && !(method.IsSpecialName && method.Name.StartsWith("op_", StringComparison.Ordinal)))
        {
            return method is { IsStatic: true } && Visible(method) && !node.IsLifted && node.NodeType != ExpressionType.Coalesce
                ? $"({Type(method.DeclaringType!)}.{method.Name}({Arguments(method, [node.Left, node.Right])}))"
                : throw new UnsupportedExpressionException($"the binary operator method {method.DeclaringType}.{method.Name} is not supported");
        }

        if (node.IsLiftedToNull && node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan
            or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual)
        {
            throw new UnsupportedExpressionException("a comparison lifted to null has no C# operator");
        }

        if (node.NodeType is ExpressionType.AndAlso or ExpressionType.OrElse && node.Method is not null)
        {
            throw new UnsupportedExpressionException("user-defined short-circuit operators are not supported");
        }

        var (op, overflow) = node.NodeType switch
        {
            ExpressionType.Add => ("+", "unchecked"),
            ExpressionType.AddChecked => ("+", "checked"),
            ExpressionType.Subtract => ("-", "unchecked"),
            ExpressionType.SubtractChecked => ("-", "checked"),
            ExpressionType.Multiply => ("*", "unchecked"),
            ExpressionType.MultiplyChecked => ("*", "checked"),
            ExpressionType.Divide => ("/", "unchecked"),
            ExpressionType.Modulo => ("%", "unchecked"),
            ExpressionType.And => ("&", ""),
            ExpressionType.Or => ("|", ""),
            ExpressionType.ExclusiveOr => ("^", ""),
            ExpressionType.AndAlso => ("&&", ""),
            ExpressionType.OrElse => ("||", ""),
            ExpressionType.Equal => ("==", ""),
            ExpressionType.NotEqual => ("!=", ""),
            ExpressionType.LessThan => ("<", ""),
            ExpressionType.LessThanOrEqual => ("<=", ""),
            ExpressionType.GreaterThan => (">", ""),
            ExpressionType.GreaterThanOrEqual => (">=", ""),
            ExpressionType.LeftShift => ("<<", "unchecked"),
            ExpressionType.RightShift => (">>", "unchecked"),
            ExpressionType.Coalesce => ("??", ""),
            _ => throw new UnsupportedExpressionException($"binary {node.NodeType} is not supported"),
        };

        var left = Write(node.Left);
        var right = Write(node.Right);

        // == and != with no method on references compare identity (the tree's meaning), whatever C# would pick.
        if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual && node.Method is null
            && !node.Left.Type.IsValueType && !node.Right.Type.IsValueType)
        {
            return $"((object)({left}) {op} (object)({right}))";
        }

        // The operator's result type is the tree's: a C# operator over small integers would widen to int.
        var expression = $"({left} {op} {right})";
        if (overflow.Length > 0)
        {
            expression = $"{overflow}{expression}";
        }

        return node.Method is null && IsSmallInteger(node.Type) ? $"(({Type(node.Type)}){expression})" : $"({expression})";
    }

    private string Unary(UnaryExpression node)
    {
        switch (node.NodeType)
        {
            case ExpressionType.Convert:
                return $"(({Type(node.Type)})({Write(node.Operand)}))";
            case ExpressionType.ConvertChecked:
                return $"checked(({Type(node.Type)})({Write(node.Operand)}))";
            case ExpressionType.Unbox:
                return $"(({Type(node.Type)})(object)({Write(node.Operand)}))";
            case ExpressionType.TypeAs:
                return $"(({Write(node.Operand)}) as {Type(node.Type)})";
            case ExpressionType.ArrayLength:
                return $"(({Write(node.Operand)}).Length)";
            case ExpressionType.Not when node.Method is null && (node.Operand.Type == typeof(bool) || node.Operand.Type == typeof(bool?)):
                return $"(!({Write(node.Operand)}))";
            case ExpressionType.Not or ExpressionType.OnesComplement when node.Method is null:
                return $"(({Type(node.Type)})(~({Write(node.Operand)})))";
            case ExpressionType.Negate when node.Method is null || node.Method.Name == "op_UnaryNegation":
                return $"(({Type(node.Type)})unchecked(-({Write(node.Operand)})))";
            case ExpressionType.NegateChecked when node.Method is null || node.Method.Name == "op_UnaryNegation":
                return $"(({Type(node.Type)})checked(-({Write(node.Operand)})))";
            case ExpressionType.UnaryPlus when node.Method is null || node.Method.Name == "op_UnaryPlus":
                return $"(+({Write(node.Operand)}))";
            default:
                throw new UnsupportedExpressionException($"unary {node.NodeType} is not supported");
        }
    }

    private static bool IsSmallInteger(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(byte) || underlying == typeof(sbyte) || underlying == typeof(short)
            || underlying == typeof(ushort) || underlying == typeof(char);
    }

    private static bool Visible(MemberInfo? member) => member switch
    {
        null => false,
        MethodBase method => method.IsPublic && VisibleType(method.DeclaringType!),
        FieldInfo field => field.IsPublic && VisibleType(field.DeclaringType!),
        _ => false,
    };

    private static bool VisibleType(Type type) =>
        type.IsNested ? type.IsNestedPublic && VisibleType(type.DeclaringType!) : type.IsPublic;
}
