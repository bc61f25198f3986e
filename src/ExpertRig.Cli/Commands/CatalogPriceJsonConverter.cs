using System.Text.Json;
using System.Text.Json.Serialization;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Cli.Commands;

/// <summary>
/// Writes a catalog price as <c>{"low", "high", "basis", "as_of", "used", "msrp"}</c>: the range a buyer pays, what kind
/// of figure it is, the month it dates from, and the used range where the catalog has one.
/// </summary>
internal sealed class CatalogPriceJsonConverter : JsonConverter<ComponentPrice>
{
    public override ComponentPrice Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("catalog prices are written, not read, as JSON");

    public override void Write(Utf8JsonWriter writer, ComponentPrice value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("low", value.Range.Low);
        writer.WriteNumber("high", value.Range.High);
        writer.WriteString("basis", PriceBasisMonths.Spelling(value.Basis));
        if (value.Month is { } month)
        {
            writer.WriteString("as_of", month);
        }
        else
        {
            writer.WriteNull("as_of");
        }

        writer.WritePropertyName("used");
        if (value.Used is { } used)
        {
            writer.WriteStartObject();
            writer.WriteNumber("low", used.Low);
            writer.WriteNumber("high", used.High);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        if (value.Msrp is { } msrp)
        {
            writer.WriteNumber("msrp", msrp);
        }

        writer.WriteEndObject();
    }
}
