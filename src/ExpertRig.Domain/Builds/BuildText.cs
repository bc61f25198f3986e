using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>The configurator's reasons in words; every figure goes through <see cref="Figures"/>.</summary>
internal static class BuildText
{
    public static string Range(NumberRange range) => Figures.UsdRange(range.Low, range.High);

    public static string Gb(double gb) => Figures.Gb(gb);

    public static string Tb(double tb) => Figures.Number(tb) + " TB";

    public static string Watts(double watts) => Figures.Watts(watts);

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
