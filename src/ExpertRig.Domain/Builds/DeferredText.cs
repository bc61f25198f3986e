namespace ExpertRig.Domain.Builds;

/// <summary>
/// A sentence given, or written once when first read: the composer configures builds on trial and discards most of
/// them unread. Two compare by their text, so a record holding one compares as it did when it held the string.
/// </summary>
internal sealed class DeferredText : IEquatable<DeferredText>
{
    private readonly Func<string>? write;
    private string? text;

    public DeferredText(string text) => this.text = text;

    /// <param name="write">Writes the sentence; it must read only what no later step changes.</param>
    public DeferredText(Func<string> write) => this.write = write;

    // A race writes the same sentence twice (the writers read only immutable parts), and either copy is kept. The
    // writer is kept too: clearing it after the first write would let a second reader that saw no text yet find none.
    public string Text => text ??= write!();

    public bool Equals(DeferredText? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as DeferredText);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Text;
}
