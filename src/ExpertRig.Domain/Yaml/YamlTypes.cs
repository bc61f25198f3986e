using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;
using YamlDotNet.Serialization.ObjectFactories;
using YamlDotNet.Serialization.TypeInspectors;
using YamlDotNet.Serialization.TypeResolvers;
using YamlDotNet.Serialization.Utilities;

namespace ExpertRig.Domain.Yaml;

/// <summary>
/// The types a YAML document may hold, registered by type argument, as a YamlDotNet <see cref="StaticContext"/>: the
/// deserializer creates objects and sets properties through this list instead of reflecting over whatever type it
/// meets, so it needs no run-time code generation (Native AOT) and the trimmer keeps exactly what is registered.
/// YamlDotNet's own source generator cannot set <c>init</c>-only or <c>required</c> members, which every catalog
/// record has; this registry sets them through the <see cref="PropertyInfo"/> of a type the trimmer was told to keep.
/// A type a document reaches but the registry lacks fails the first load of that document (each loader's tests).
/// </summary>
internal sealed class YamlTypes : StaticContext
{
    private const DynamicallyAccessedMemberTypes Kept =
        DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicProperties;

    private readonly Dictionary<Type, Func<object>> _constructors = [];
    private readonly Dictionary<Type, Type> _listItems = [];
    private readonly Dictionary<Type, (Type Key, Type Value)> _dictionaryItems = [];
    private readonly Dictionary<Type, (Type Item, Func<int, Array> Create)> _arrays = [];
    private readonly Dictionary<Type, IPropertyDescriptor[]> _properties = [];
    private readonly Dictionary<Type, PropertyInfo[]> _propertyInfos = [];
    private readonly Factory _factory;
    private readonly Inspector _inspector;

    public YamlTypes()
    {
        _factory = new Factory(this);
        _inspector = new Inspector(this);
    }

    /// <summary>Registers an object type read from a mapping: its public settable properties are its keys.</summary>
    public YamlTypes Object<[DynamicallyAccessedMembers(Kept)] T>()
        where T : class
    {
        _constructors[typeof(T)] = static () => Activator.CreateInstance<T>();
        var properties = typeof(T)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            .ToArray();
        _propertyInfos[typeof(T)] = properties;
        _properties[typeof(T)] = [.. properties.Select(property => (IPropertyDescriptor)new Property(property))];
        return this;
    }

    /// <summary>Registers <c>List&lt;T&gt;</c>, read from a sequence.</summary>
    public YamlTypes List<T>()
    {
        _constructors[typeof(List<T>)] = static () => new List<T>();
        _listItems[typeof(List<T>)] = typeof(T);
        return this;
    }

    /// <summary>Registers <c>T[]</c>, read from a sequence.</summary>
    public YamlTypes Array<T>()
    {
        _arrays[typeof(T[])] = (typeof(T), static count => new T[count]);
        return this;
    }

    /// <summary>Registers <c>Dictionary&lt;TKey, TValue&gt;</c>, read from a mapping of keys to values.</summary>
    public YamlTypes Dictionary<TKey, TValue>()
        where TKey : notnull
    {
        _constructors[typeof(Dictionary<TKey, TValue>)] = static () => new Dictionary<TKey, TValue>();
        _dictionaryItems[typeof(Dictionary<TKey, TValue>)] = (typeof(TKey), typeof(TValue));
        return this;
    }

    /// <summary>
    /// A deserializer over these types. <paramref name="configure"/> sets naming, converters, mappings and checks;
    /// <paramref name="nullability"/>, <paramref name="duplicateKeys"/> and <paramref name="converters"/> must repeat
    /// what it set. The static builder's scalar and object deserializers are replaced by ones that behave as the
    /// reflection builder's do: a mapping that lacks a <c>required</c> member is an error when
    /// <paramref name="requiredMembers"/> (the static builder has no <c>WithEnforceRequiredMembers</c>), and a value of
    /// the wrong shape (a scalar where a list or a mapping belongs) is an <see cref="InvalidCastException"/>, which the
    /// loaders' error translators turn into their one-line messages.
    /// </summary>
    public IDeserializer Deserializer(
        Func<StaticDeserializerBuilder, StaticDeserializerBuilder> configure,
        bool requiredMembers = false,
        bool nullability = false,
        bool duplicateKeys = false,
        params IYamlTypeConverter[] converters)
    {
        var builder = configure(new StaticDeserializerBuilder(this));
        var inspector = builder.BuildTypeInspector();
        var scalars = new ScalarNodeDeserializer(
            attemptUnknownTypeDeserialization: false, Casts.Instance, inspector, YamlFormatter.Default, NullNamingConvention.Instance);
        var objects = new ObjectNodeDeserializer(
            _factory,
            inspector,
            ignoreUnmatched: false,
            duplicateKeys,
            Casts.Instance,
            NullNamingConvention.Instance,
            nullability,
            caseInsensitivePropertyMatching: false,
            requiredMembers,
            converters);
        return builder
            .WithNodeDeserializer(scalars, where => where.InsteadOf<ScalarNodeDeserializer>())
            .WithNodeDeserializer(objects, where => where.InsteadOf<ObjectNodeDeserializer>())
            .Build();
    }

    /// <summary>The settable properties of a registered object type (empty for any other type).</summary>
    public IReadOnlyList<PropertyInfo> PropertiesOf(Type type) => _propertyInfos.GetValueOrDefault(type) ?? [];

    /// <summary>The registered types (for the tests that check a document's types are all here).</summary>
    public IEnumerable<Type> Types => _constructors.Keys.Concat(_arrays.Keys);

    public override bool IsKnownType(Type type) => _constructors.ContainsKey(type) || _arrays.ContainsKey(type);

    public override ITypeResolver GetTypeResolver() => new StaticTypeResolver();

    public override StaticObjectFactory GetFactory() => _factory;

    public override ITypeInspector GetTypeInspector() => _inspector;

    private sealed class Factory(YamlTypes types) : StaticObjectFactory
    {
        public override object Create(Type type) => types._constructors.TryGetValue(type, out var create)
            ? create()
            : throw new InvalidOperationException($"{type.FullName} is not registered for YAML reading");

        public override Array CreateArray(Type type, int count) => types._arrays[type].Create(count);

        public override bool IsDictionary(Type type) => types._dictionaryItems.ContainsKey(type);

        public override bool IsArray(Type type) => types._arrays.ContainsKey(type);

        public override bool IsList(Type type) => types._listItems.ContainsKey(type);

        public override Type GetKeyType(Type type) => types._dictionaryItems[type].Key;

        public override Type GetValueType(Type type) =>
            types._listItems.TryGetValue(type, out var item) ? item
            : types._arrays.TryGetValue(type, out var array) ? array.Item
            : types._dictionaryItems[type].Value;

        public override void ExecuteOnDeserializing(object value)
        {
        }

        public override void ExecuteOnDeserialized(object value)
        {
        }

        public override void ExecuteOnSerializing(object value)
        {
        }

        public override void ExecuteOnSerialized(object value)
        {
        }
    }

    /// <summary>Passes a value of the expected type through and refuses any other, as the reflection converter does.</summary>
    private sealed class Casts : ITypeConverter
    {
        public static readonly Casts Instance = new();

        public object? ChangeType(object? value, Type expectedType, INamingConvention enumNamingConvention, ITypeInspector typeInspector) =>
            value is null || expectedType.IsInstanceOfType(value) || Nullable.GetUnderlyingType(expectedType)?.IsInstanceOfType(value) == true
                ? value
                : throw new InvalidCastException($"Invalid cast from '{value.GetType().FullName}' to '{expectedType.FullName}'.");
    }

    private sealed class Inspector(YamlTypes types) : TypeInspectorSkeleton
    {
        public override IEnumerable<IPropertyDescriptor> GetProperties(Type type, object? container) =>
            types._properties.TryGetValue(type, out var properties) ? properties : [];

        // Enums are read by the loaders' own converters (KebabEnumConverter); these serve YamlDotNet's fallback.
        public override string GetEnumName(Type enumType, string name) => name;

        public override string GetEnumValue(object enumValue) => enumValue.ToString() ?? "";

        public override bool HasParseMethod(Type type) => false;

        public override object? Parse(string value, Type expectedType) =>
            throw new NotSupportedException($"{expectedType.FullName} has no YAML parse method");
    }

    /// <summary>
    /// A settable public property. <see cref="AllowNulls"/> and <see cref="Required"/> are read the way YamlDotNet's
    /// reflection deserializer reads them (the compiler's nullable attributes on the member, else its type's nullable
    /// context; the <c>required</c> modifier), so both deserializers accept and refuse the same documents.
    /// </summary>
    private sealed class Property(PropertyInfo property) : IPropertyDescriptor
    {
        public string Name => property.Name;

        public bool AllowNulls { get; } = AcceptsNull(property);

        public bool CanWrite => true;

        public Type Type => property.PropertyType;

        public Type? TypeOverride { get; set; }

        public int Order { get; set; }

        public ScalarStyle ScalarStyle { get; set; }

        public bool Required { get; } = property.IsDefined(typeof(RequiredMemberAttribute), inherit: true);

        // Read once: the deserializer asks for it at every value, and an attribute lookup costs (a tenth of a native
        // cold recommend when it was not cached).
        public Type? ConverterType { get; } = property.GetCustomAttribute<YamlConverterAttribute>()?.ConverterType;

        public T? GetCustomAttribute<T>()
            where T : Attribute => property.GetCustomAttribute<T>();

        public IObjectDescriptor Read(object target) =>
            new ObjectDescriptor(property.GetValue(target), TypeOverride ?? Type, Type, ScalarStyle);

        public void Write(object target, object? value) => property.SetValue(target, value);

        private static bool AcceptsNull(PropertyInfo property)
        {
            var context = Flags(property.DeclaringType?.CustomAttributes, "NullableContextAttribute");
            var member = Flags(property.CustomAttributes, "NullableAttribute");
            return member is not null ? member.Contains((byte)2) : context?.FirstOrDefault() == 2;
        }

        private static byte[]? Flags(IEnumerable<CustomAttributeData>? attributes, string name)
        {
            var attribute = attributes?.FirstOrDefault(a => a.AttributeType.FullName == "System.Runtime.CompilerServices." + name);
            return attribute?.ConstructorArguments[0].Value switch
            {
                byte flag => [flag],
                IReadOnlyCollection<CustomAttributeTypedArgument> flags => [.. flags.Select(f => (byte)f.Value!)],
                _ => null,
            };
        }
    }
}
