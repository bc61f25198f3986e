using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>One line of a build's bill of materials, with the reason it was chosen.</summary>
/// <param name="Category">What kind of part it is.</param>
/// <param name="Id">Catalog id.</param>
/// <param name="Name">Product name.</param>
/// <param name="Quantity">How many.</param>
/// <param name="UnitPriceUsd">Price of one in whole dollars: the middle of the catalog range (used range when bought used), rounded half away from zero.</param>
/// <param name="Used">True when priced and bought used.</param>
/// <param name="Reason">Why this part (the configurator's sizing rule, in a sentence).</param>
public sealed record BuildComponent(
    ComponentCategory Category,
    string Id,
    string Name,
    int Quantity,
    double UnitPriceUsd,
    bool Used,
    string Reason)
{
    private ComponentReason reason = new(Reason);

    /// <summary>A line whose reason is written when first read: the composer configures builds on trial that it then discards.</summary>
    internal BuildComponent(ComponentCategory category, string id, string name, int quantity, double unitPriceUsd, bool used, Func<string> reason)
        : this(category, id, name, quantity, unitPriceUsd, used, string.Empty)
    {
        this.reason = new(reason);
    }

    /// <summary>Why this part (the configurator's sizing rule, in a sentence).</summary>
    public string Reason
    {
        get => reason.Text;
        init => reason = new(value);
    }

    /// <summary>Quantity × unit price.</summary>
    public double SubtotalUsd => Quantity * UnitPriceUsd;

    /// <summary>What kind of figure the price is (guide, MSRP, reported, used, or the user's own); null when not known.</summary>
    public PriceBasis? PriceBasis { get; init; }

    /// <summary>The month the catalog price dates from (<c>YYYY-MM</c>, <see cref="ComponentPrice.Month"/>); null when undated.</summary>
    public string? PriceMonth { get; init; }

    // The sentence, given or written once on first read; lines compare by its text, as they did when it was a string.
    private sealed class ComponentReason : IEquatable<ComponentReason>
    {
        private Func<string>? write;
        private string? text;

        public ComponentReason(string text) => this.text = text;

        public ComponentReason(Func<string> write) => this.write = write;

        // A race writes the same sentence twice (the writers read only immutable parts), and either copy is kept.
        public string Text => text ??= Written();

        public bool Equals(ComponentReason? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as ComponentReason);

        public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

        private string Written()
        {
            var sentence = write!();
            write = null;
            return sentence;
        }
    }
}
