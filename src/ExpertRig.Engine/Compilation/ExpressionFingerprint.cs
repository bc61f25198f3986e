using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace ExpertRig.Engine.Compilation;

/// <summary>
/// A 64-bit hash of a compiled condition's or action's expression tree: its node kinds, types, members, methods, the
/// order of its parameters and the values of its constants (including the values of captured variables that are not
/// pattern variables, which generated code writes as literals). The same tree gives the same fingerprint in every
/// process, JIT or Native AOT, so a delegate generated at build time from a tree is found again for that tree at run
/// time (<see cref="PrecompiledRules"/>). Zero means the tree holds a node this hash does not know: it has no
/// precompiled delegate and is interpreted.
/// </summary>
internal static class ExpressionFingerprint
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    // Types and members recur in every tree; their hashes are kept (reading their names is reflection over the
    // native image's metadata, most of a fingerprint's cost there).
    private static readonly Dictionary<MemberInfo, ulong> Members = [];

    public static ulong Of(LambdaExpression lambda)
    {
        var hasher = new Hasher();
        return hasher.Node(lambda) ? (hasher.Hash == 0 ? 1 : hasher.Hash) : 0;
    }

    private sealed class Hasher
    {
        private readonly List<ParameterExpression> parameters = [];

        public ulong Hash { get; private set; } = Offset;

        private void Mix(ulong value)
        {
            for (var i = 0; i < 8; i++)
            {
                Hash = (Hash ^ (byte)(value >> (8 * i))) * Prime;
            }
        }

        private void Mix(string? text)
        {
            if (text is null)
            {
                Mix(0xFFFFUL);
                return;
            }

            Mix((ulong)text.Length);
            foreach (var character in text)
            {
                Hash = (Hash ^ character) * Prime;
            }
        }

        private void Mix(Type type) => Mix(Cached(type, static (hasher, member) => hasher.Name((Type)member)));

        private void Mix(MemberInfo member) => Mix(Cached(member, static (hasher, member) => hasher.Name(member)));

        private static ulong Cached(MemberInfo member, Action<Hasher, MemberInfo> name)
        {
            lock (Members)
            {
                if (Members.TryGetValue(member, out var known))
                {
                    return known;
                }
            }

            var hasher = new Hasher();
            name(hasher, member);
            lock (Members)
            {
                Members[member] = hasher.Hash;
            }

            return hasher.Hash;
        }

        private void Name(Type type)
        {
            if (type.IsArray)
            {
                Mix("[]" + type.GetArrayRank().ToString(CultureInfo.InvariantCulture));
                Mix(type.GetElementType()!);
                return;
            }

            if (type.DeclaringType is { } outer && !type.IsGenericParameter)
            {
                Mix(outer.IsGenericType ? outer.GetGenericTypeDefinition() : outer);
            }
            else
            {
                Mix(type.Namespace);
            }

            Mix(type.Name);
            if (type.IsGenericType && !type.IsGenericTypeDefinition)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    Mix(argument);
                }
            }
        }

        private void Name(MemberInfo member)
        {
            Mix(member.Name);
            if (member.DeclaringType is { } declaring)
            {
                Mix(declaring);
            }

            if (member is MethodBase method)
            {
                if (method is MethodInfo { IsGenericMethod: true } generic)
                {
                    foreach (var argument in generic.GetGenericArguments())
                    {
                        Mix(argument);
                    }
                }

                foreach (var parameter in method.GetParameters())
                {
                    Mix(parameter.ParameterType);
                }
            }
        }

        // A constant's value when it is one generated code writes as a literal; other objects by their type alone.
        private void Value(object? value)
        {
            switch (value)
            {
                case null:
                    Mix("null");
                    break;
                case string text:
                    Mix("s");
                    Mix(text);
                    break;
                case Type type:
                    Mix("t");
                    Mix(type);
                    break;
                case Enum or decimal or bool or char or sbyte or byte or short or ushort or int or uint or long or ulong:
                    Mix(value.GetType());
                    Mix(Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
                case double number:
                    Mix("d");
                    Mix(BitConverter.DoubleToUInt64Bits(number));
                    break;
                case float number:
                    Mix("f");
                    Mix(BitConverter.SingleToUInt32Bits(number));
                    break;
                default:
                    Mix("o");
                    Mix(value.GetType());
                    break;
            }
        }

        private bool Nodes(IReadOnlyList<Expression> nodes)
        {
            Mix((ulong)nodes.Count);
            foreach (var node in nodes)
            {
                if (!Node(node))
                {
                    return false;
                }
            }

            return true;
        }

        public bool Node(Expression? node)
        {
            if (node is null)
            {
                Mix(0xFEUL);
                return true;
            }

            Mix((ulong)node.NodeType);
            Mix(node.Type);
            switch (node)
            {
                case LambdaExpression lambda:
                    parameters.AddRange(lambda.Parameters);
                    Mix((ulong)lambda.Parameters.Count);
                    foreach (var parameter in lambda.Parameters)
                    {
                        Mix(parameter.Type);
                    }

                    return Node(lambda.Body);
                case ParameterExpression parameter:
                    var index = parameters.IndexOf(parameter);
                    Mix(index < 0 ? 0xFDUL : (ulong)index);
                    return index >= 0;
                case ConstantExpression constant:
                    Value(constant.Value);
                    return true;
                case MemberExpression member:
                    Mix(member.Member);
                    if (member is { Expression: ConstantExpression { Value: { } closure }, Member: FieldInfo field })
                    {
                        Value(field.GetValue(closure));
                    }

                    return Node(member.Expression);
                case MethodCallExpression call:
                    Mix(call.Method);
                    return Node(call.Object) && Nodes(call.Arguments);
                case BinaryExpression binary:
                    if (binary.Method is { } op)
                    {
                        Mix(op);
                    }

                    Mix(binary.IsLiftedToNull ? 1UL : 0UL);
                    return binary.Conversion is null && Node(binary.Left) && Node(binary.Right);
                case UnaryExpression unary:
                    if (unary.Method is { } conversion)
                    {
                        Mix(conversion);
                    }

                    return Node(unary.Operand);
                case ConditionalExpression conditional:
                    return Node(conditional.Test) && Node(conditional.IfTrue) && Node(conditional.IfFalse);
                case TypeBinaryExpression typeTest:
                    Mix(typeTest.TypeOperand);
                    return Node(typeTest.Expression);
                case NewExpression created:
                    if (created.Constructor is { } constructor)
                    {
                        Mix(constructor);
                    }

                    return created.Members is null && Nodes(created.Arguments);
                case MemberInitExpression init:
                    if (!Node(init.NewExpression))
                    {
                        return false;
                    }

                    Mix((ulong)init.Bindings.Count);
                    foreach (var binding in init.Bindings)
                    {
                        if (binding is not MemberAssignment assignment)
                        {
                            return false;
                        }

                        Mix(assignment.Member);
                        if (!Node(assignment.Expression))
                        {
                            return false;
                        }
                    }

                    return true;
                case ListInitExpression list:
                    if (!Node(list.NewExpression))
                    {
                        return false;
                    }

                    foreach (var initializer in list.Initializers)
                    {
                        Mix(initializer.AddMethod);
                        if (!Nodes(initializer.Arguments))
                        {
                            return false;
                        }
                    }

                    return true;
                case NewArrayExpression array:
                    return Nodes(array.Expressions);
                case InvocationExpression invocation:
                    return Node(invocation.Expression) && Nodes(invocation.Arguments);
                case BlockExpression block:
                    return block.Variables.Count == 0 && Nodes(block.Expressions);
                case DefaultExpression:
                    return true;
                case IndexExpression indexing:
                    if (indexing.Indexer is { } indexer)
                    {
                        Mix(indexer);
                    }

                    return Node(indexing.Object) && Nodes(indexing.Arguments);
                default:
                    return false;
            }
        }
    }
}
