namespace ExpertRig.Domain.Physics;

/// <summary>How a mixture of experts may keep routed experts in system RAM (<c>predict --moe-offload auto|none|N</c>).</summary>
public enum ExpertOffloadMode
{
    /// <summary>Keep the experts of as few layers in RAM as lets the rest fit on the accelerators (the fastest placement).</summary>
    Auto,

    /// <summary>Never split experts from their layers: what does not fit is offloaded as whole layers.</summary>
    None,

    /// <summary>Keep the routed experts of a given number of layers in RAM (llama.cpp <c>--n-cpu-moe N</c>).</summary>
    Fixed,
}

/// <summary>The expert-offload choice of a scenario.</summary>
/// <param name="Mode">Automatic, none, or a fixed count.</param>
/// <param name="Layers">For <see cref="ExpertOffloadMode.Fixed"/>: llama.cpp's N, the first N layers' routed experts in RAM.</param>
public sealed record ExpertOffload(ExpertOffloadMode Mode, int Layers = 0)
{
    /// <summary>Automatic placement, the default.</summary>
    public static ExpertOffload Auto { get; } = new(ExpertOffloadMode.Auto);

    /// <summary>No expert offload.</summary>
    public static ExpertOffload None { get; } = new(ExpertOffloadMode.None);

    /// <summary>The experts of the first <paramref name="layers"/> layers in RAM.</summary>
    public static ExpertOffload Fixed(int layers) => new(ExpertOffloadMode.Fixed, layers);

    /// <summary>Parses <c>auto</c>, <c>none</c> or a whole number ≥ 0; false for anything else.</summary>
    public static bool TryParse(string? text, out ExpertOffload offload)
    {
        offload = Auto;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "auto":
                return true;
            case "none":
                offload = None;
                return true;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var layers))
        {
            offload = Fixed(layers);
            return true;
        }

        return false;
    }
}
