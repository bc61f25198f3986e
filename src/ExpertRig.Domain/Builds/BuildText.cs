using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>Number formatting shared by the configurator's reasons.</summary>
internal static class BuildText
{
    public static string Usd(double amount) => $"${amount:N0}";

    public static string Range(NumberRange range) =>
        range.Low == range.High ? Usd(range.Low) : $"{Usd(range.Low)}–{Usd(range.High)}";

    public static string Gb(double gb) => gb >= 100 ? $"{gb:N0} GB" : $"{gb:0.#} GB";

    public static string Tb(double tb) => $"{tb:0.#} TB";

    public static string Watts(double watts) => $"{watts:N0} W";

    /// <summary>A board size as the trade writes it (ATX, E-ATX, SSI EEB).</summary>
    public static string Of(FormFactor formFactor) => formFactor switch
    {
        FormFactor.MiniItx => "Mini-ITX",
        FormFactor.MicroAtx => "Micro-ATX",
        FormFactor.Atx => "ATX",
        FormFactor.EAtx => "E-ATX",
        FormFactor.Ceb => "SSI CEB",
        FormFactor.Eeb => "SSI EEB",
        _ => formFactor.ToString(),
    };

    /// <summary>A GPU cooler type in words.</summary>
    public static string Of(GpuCooler cooler) => cooler switch
    {
        GpuCooler.OpenAir => "open-air",
        GpuCooler.Blower => "blower",
        _ => "passive",
    };

    /// <summary>"2 × RTX 5090" or "RTX 5090".</summary>
    public static string Times(int count, string name) => count == 1 ? name : $"{count} × {name}";
}
