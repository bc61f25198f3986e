using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;
using ExpertRig.Domain.Physics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace ExpertRig.Domain.Catalog.Yaml;

/// <summary>
/// Reads ExpertRig enums from their kebab-case spelling (<c>open-air</c>, <c>multi-head-latent</c>) or an explicit
/// <see cref="EnumMemberAttribute"/> value (<c>12v-2x6</c>, <c>llama.cpp</c>), and names the allowed values when
/// a value is wrong. Inference engines use the CLI spellings of <see cref="EngineNames"/>.
/// </summary>
internal sealed class KebabEnumConverter : IYamlTypeConverter
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> Spellings = new();

    public static IReadOnlyDictionary<string, object> SpellingsOf(Type enumType) =>
        Spellings.GetOrAdd(enumType, static type => type
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .ToDictionary(
                field => type == typeof(InferenceEngine)
                    ? EngineNames.Display((InferenceEngine)field.GetValue(null)!)
                    : field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? KebabCase.Of(field.Name),
                field => field.GetValue(null)!,
                StringComparer.Ordinal));

    public bool Accepts(Type type) =>
        type.IsEnum && type.Namespace?.StartsWith("ExpertRig.", StringComparison.Ordinal) == true;

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var scalar = parser.Consume<Scalar>();
        var spellings = SpellingsOf(type);
        if (spellings.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }

        throw new CatalogYamlException(
            scalar.Start, scalar.End, $"'{scalar.Value}' is not one of: {string.Join(", ", spellings.Keys)}");
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer)
    {
        var spelling = SpellingsOf(type).First(pair => pair.Value.Equals(value)).Key;
        emitter.Emit(new Scalar(spelling));
    }
}
