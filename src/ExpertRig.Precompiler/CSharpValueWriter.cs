using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace ExpertRig.Precompiler;

/// <summary>A value the writer cannot reproduce exactly in C# (the message names where it sits and why).</summary>
public sealed class UnsupportedShapeException(string message) : Exception(message);

/// <summary>
/// Writes a C# expression that rebuilds a value read from YAML, whatever its record type: nothing here knows the catalog's
/// records, so a new field or entry kind needs no change. Objects are rebuilt through their public constructor and
/// their public <c>init</c>/<c>set</c> members; every instance field must be the backing field of a member written that
/// way (otherwise the object keeps state the expression could not restore, and writing it fails rather than dropping
/// it). Collections: arrays, <see cref="List{T}"/>, <see cref="Dictionary{TKey, TValue}"/> and <see cref="HashSet{T}"/>
/// (with their comparer), and the compiler's collection-expression types as arrays.
/// </summary>
public sealed class CSharpValueWriter
{
    private static readonly BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private readonly Dictionary<Type, object?> defaults = [];

    /// <summary>The expression for <paramref name="value"/>, whose declared type is <paramref name="declared"/>; <paramref name="path"/> names it in errors.</summary>
    public string Write(object? value, Type declared, string path)
    {
        if (value is null)
        {
            return declared.IsValueType && Nullable.GetUnderlyingType(declared) is null
                ? throw new UnsupportedShapeException($"{path}: null for the value type {declared}")
                : "null";
        }

        var type = value.GetType();
        return value switch
        {
            string text => Literal(text),
            bool flag => flag ? "true" : "false",
            Enum => EnumValue(value, type),
            double number => Double(number),
            float number => float.IsFinite(number) ? number.ToString("R", CultureInfo.InvariantCulture) + "f" : $"(float){Double(number)}",
            decimal number => number.ToString(CultureInfo.InvariantCulture) + "m",
            int number => number.ToString(CultureInfo.InvariantCulture),
            long number => number.ToString(CultureInfo.InvariantCulture) + "L",
            uint or ulong or short or ushort or byte or sbyte => $"({TypeName(type)}){Convert.ToString(value, CultureInfo.InvariantCulture)}",
            char character => $"'\\u{(int)character:x4}'",
            IEnumerable items => Collection(items, type, declared, path),
            _ when type.IsPrimitive || type.Namespace == "System" =>
                throw new UnsupportedShapeException($"{path}: values of type {type} are not supported"),
            _ => Object(value, type, path),
        };
    }

    /// <summary>How C# names <paramref name="type"/> from anywhere (global::, nested and generic types, T? for nullable values).</summary>
    public static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return TypeName(inner) + "?";
        }

        if (type.IsArray)
        {
            return type.GetArrayRank() == 1
                ? TypeName(type.GetElementType()!) + "[]"
                : throw new UnsupportedShapeException($"multi-dimensional arrays ({type}) are not supported");
        }

        if (!IsVisible(type))
        {
            throw new UnsupportedShapeException($"{type} is not public, so generated code cannot name it");
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (type.IsGenericType)
        {
            var ownArguments = type.GetGenericArguments().Skip(type.DeclaringType?.GetGenericArguments().Length ?? 0);
            name += "<" + string.Join(", ", ownArguments.Select(TypeName)) + ">";
        }

        return type.DeclaringType is { } outer
            ? TypeName(outer) + "." + name
            : "global::" + (string.IsNullOrEmpty(type.Namespace) ? "" : type.Namespace + ".") + name;
    }

    /// <summary>A C# string literal for <paramref name="text"/>, ASCII only (everything else escaped).</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var character in text)
        {
            builder.Append(character switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when character < ' ' || character > '~' => $"\\u{(int)character:x4}",
                _ => character.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static bool IsVisible(Type type) =>
        type.IsNested ? type.IsNestedPublic && IsVisible(type.DeclaringType!) : type.IsPublic;

    private static string Double(double number) =>
        double.IsNaN(number) ? "double.NaN"
        : double.IsPositiveInfinity(number) ? "double.PositiveInfinity"
        : double.IsNegativeInfinity(number) ? "double.NegativeInfinity"
        : number.ToString("R", CultureInfo.InvariantCulture) + "d";

    private static string EnumValue(object value, Type type)
    {
        var name = Enum.GetName(type, value);
        return name is not null
            ? TypeName(type) + "." + name
            : $"(({TypeName(type)}){Convert.ToString(Convert.ChangeType(value, Enum.GetUnderlyingType(type), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)})";
    }

    private string Collection(IEnumerable items, Type type, Type declared, string path)
    {
        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            return $"new {TypeName(element)}[] {{ {Items(items, element, path)} }}";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var element = type.GetGenericArguments()[0];
            return $"new {TypeName(type)} {{ {Items(items, element, path)} }}";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(HashSet<>))
        {
            var element = type.GetGenericArguments()[0];
            return $"new {TypeName(type)}({Comparer(type, value: items, element, path)}) {{ {Items(items, element, path)} }}";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var (key, entry) = (type.GetGenericArguments()[0], type.GetGenericArguments()[1]);
            var pairs = new List<string>();
            foreach (var pair in (IDictionary)items)
            {
                var item = (DictionaryEntry)pair;
                var at = $"{path}[{item.Key}]";
                pairs.Add($"[{Write(item.Key, key, at)}] = {Write(item.Value, entry, at)}");
            }

            return $"new {TypeName(type)}({Comparer(type, items, key, path)}) {{ {string.Join(", ", pairs)} }}";
        }

        // The compiler's types for a collection expression ([a, b] as an IReadOnlyList<T>) cannot be named: an array
        // of the same items behaves alike wherever such a list is declared.
        if (type.Name.StartsWith("<>z__", StringComparison.Ordinal)
            && type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable
            && declared.IsAssignableFrom(enumerable.GetGenericArguments()[0].MakeArrayType()))
        {
            var element = enumerable.GetGenericArguments()[0];
            return $"new {TypeName(element)}[] {{ {Items(items, element, path)} }}";
        }

        throw new UnsupportedShapeException($"{path}: collections of type {type} are not supported");
    }

    private static string Comparer(Type type, object value, Type key, string path)
    {
        var comparer = type.GetProperty("Comparer")!.GetValue(value);
        var standard = typeof(EqualityComparer<>).MakeGenericType(key).GetProperty("Default")!.GetValue(null);
        if (ReferenceEquals(comparer, standard))
        {
            return "";
        }

        foreach (var name in new[] { "Ordinal", "OrdinalIgnoreCase", "InvariantCulture", "InvariantCultureIgnoreCase" })
        {
            if (ReferenceEquals(comparer, typeof(StringComparer).GetProperty(name)!.GetValue(null)))
            {
                return "global::System.StringComparer." + name;
            }
        }

        throw new UnsupportedShapeException($"{path}: the comparer {comparer?.GetType()} of a {type} is not supported");
    }

    private string Items(IEnumerable items, Type element, string path)
    {
        var written = new List<string>();
        foreach (var item in items)
        {
            written.Add(Write(item, element, $"{path}[{written.Count}]"));
        }

        return string.Join(", ", written);
    }

    private string Object(object value, Type type, string path)
    {
        _ = TypeName(type);
        var properties = type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(property => property.GetIndexParameters().Length == 0 && property.CanRead)
            .ToArray();
        var constructor = Constructor(type, properties, path);
        var parameters = constructor.GetParameters();
        var byParameter = parameters
            .Select(parameter => properties.First(property => string.Equals(property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        var settable = properties
            .Where(property => property.GetSetMethod(nonPublic: false) is not null && !byParameter.Contains(property))
            .ToArray();

        // Every field must come back: a backing field of a member set through the constructor or an initialiser.
        var restored = byParameter.Concat(settable).Select(property => $"<{property.Name}>k__BackingField").ToHashSet(StringComparer.Ordinal);
        for (var owner = type; owner is not null && owner != typeof(object); owner = owner.BaseType)
        {
            foreach (var field in owner.GetFields(Instance | BindingFlags.DeclaredOnly))
            {
                if (!restored.Contains(field.Name))
                {
                    throw new UnsupportedShapeException(
                        $"{path}: {type.Name} keeps state in '{field.Name}', which no public constructor parameter or init/set member restores");
                }
            }
        }

        var fresh = parameters.Length == 0 ? Default(type) : null;
        var arguments = byParameter.Select((property, i) => Write(property.GetValue(value), parameters[i].ParameterType, $"{path}.{property.Name}"));
        var members = new List<string>();
        foreach (var property in settable)
        {
            var at = $"{path}.{property.Name}";
            var written = Write(property.GetValue(value), property.PropertyType, at);
            if (fresh is null || IsRequired(property) || written != Write(property.GetValue(fresh), property.PropertyType, at))
            {
                members.Add($"{property.Name} = {written}");
            }
        }

        var call = $"new {TypeName(type)}({string.Join(", ", arguments)})";
        return members.Count == 0 ? call : $"{call} {{ {string.Join(", ", members)} }}";
    }

    private object? Default(Type type)
    {
        if (!defaults.TryGetValue(type, out var fresh))
        {
            // What a member is when the initialiser leaves it out (required members are always written).
            fresh = Activator.CreateInstance(type);
            defaults[type] = fresh;
        }

        return fresh;
    }

    private static bool IsRequired(PropertyInfo property) =>
        property.IsDefined(typeof(RequiredMemberAttribute), inherit: false);

    // The parameterless constructor, or else the public constructor (a positional record's) whose parameters all name
    // properties; the most parameters wins.
    private static ConstructorInfo Constructor(Type type, PropertyInfo[] properties, string path) =>
        type.GetConstructors()
            .Where(constructor => constructor.GetParameters().All(parameter =>
                properties.Any(property => string.Equals(property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)
                    && parameter.ParameterType.IsAssignableFrom(property.PropertyType))))
            .OrderBy(constructor => constructor.GetParameters().Length == 0 ? 0 : 1)
            .ThenByDescending(constructor => constructor.GetParameters().Length)
            .FirstOrDefault()
        ?? throw new UnsupportedShapeException($"{path}: {type.Name} has no public constructor whose parameters all name its properties");
}
