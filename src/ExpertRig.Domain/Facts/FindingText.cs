namespace ExpertRig.Domain.Facts;

/// <summary>
/// A finding's sentence: given, or written once when first read. A consultation that only ranks (the sweep, a
/// `recommend` that prints the top builds) reads few of the sentences its rules conclude, and writing them was much
/// of the small rules' cost. Two compare by their text (ordinal), and hash as the text does, so a
/// <see cref="Finding"/> holding one compares, hashes and prints exactly as it did when it held the string.
/// </summary>
internal abstract class FindingText : IEquatable<FindingText>
{
    /// <summary>The sentence.</summary>
    public abstract string Text { get; }

    public bool Equals(FindingText? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as FindingText);

    // As EqualityComparer<string>.Default hashes the string field it replaces (a null text hashes to 0).
    public override int GetHashCode() => Text is { } text ? text.GetHashCode() : 0;

    public override string ToString() => Text;
}

/// <summary>A sentence written before the finding was made.</summary>
internal sealed class GivenFindingText(string text) : FindingText
{
    public override string Text => text;
}

/// <summary>A sentence written from <typeparamref name="TState"/> when first read.</summary>
/// <param name="state">What the sentence is written from: facts, which are immutable, and values.</param>
/// <param name="write">Writes the sentence; it must read only <paramref name="state"/> (and what never changes).</param>
internal sealed class WrittenFindingText<TState>(TState state, Func<TState, string> write) : FindingText
{
    private string? text;

    // A race writes the same sentence twice (the writer reads only immutable state), and either copy is kept. The
    // writer and its state are kept too: clearing them after the first write would let a reader that saw no text yet find none.
    public override string Text => text ??= write(state);
}
