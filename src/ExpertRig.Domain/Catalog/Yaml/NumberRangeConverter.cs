using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace ExpertRig.Domain.Catalog.Yaml;

/// <summary>Reads a <see cref="NumberRange"/> written as a two-number list, <c>[low, high]</c>.</summary>
internal sealed class NumberRangeConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(NumberRange);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        if (parser.Current is Scalar { Value: "" or "~" or "null" } empty)
        {
            parser.MoveNext();
            return null;
        }

        if (!parser.TryConsume<SequenceStart>(out var start))
        {
            var found = parser.Current!;
            throw new CatalogYamlException(found.Start, found.End, "expected a range written as [low, high]");
        }

        var bounds = new List<double>(2);
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var scalar)
                || !double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bound))
            {
                var found = parser.Current!;
                throw new CatalogYamlException(found.Start, found.End, "a range holds two numbers: [low, high]");
            }

            bounds.Add(bound);
        }

        if (bounds.Count != 2)
        {
            throw new CatalogYamlException(
                start.Start, start.End, $"a range holds exactly two numbers, [low, high]; found {bounds.Count}");
        }

        return new NumberRange(bounds[0], bounds[1]);
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer)
    {
        var range = (NumberRange)value!;
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow));
        emitter.Emit(new Scalar(range.Low.ToString(CultureInfo.InvariantCulture)));
        emitter.Emit(new Scalar(range.High.ToString(CultureInfo.InvariantCulture)));
        emitter.Emit(new SequenceEnd());
    }
}
