namespace ExpertRig.Domain.Facts;

/// <summary>
/// A conclusion about a build that a rule reached: a hard <see cref="FindingKind.Violation"/> rejects the build, a
/// <see cref="FindingKind.Warning"/> is a risk to read, <see cref="FindingKind.Endorsement"/> is a reason to choose it,
/// <see cref="FindingKind.Note"/> is advice. <see cref="Rule"/> is the name of the rule that concluded it.
/// </summary>
/// <remarks>
/// The sentence is given (the constructor) or written when first read (<see cref="Written{TState}"/>); either way a
/// finding compares, hashes and prints by its text, as a record of four values does.
/// </remarks>
public sealed record Finding(Builds.Build? Build, FindingKind Kind, string Rule, string Text)
{
    // The one field behind Text: the record's equality and hash compare it, and FindingText compares and hashes as
    // the string it stands for (null as null), so they are those of a record holding the string. Not a public
    // member, so the record prints as before.
    private readonly FindingText? _text = Text is null ? null : new GivenFindingText(Text);

    private Finding(Builds.Build? build, FindingKind kind, string rule, FindingText text)
        : this(build, kind, rule, (string)null!) => _text = text;

    /// <summary>The sentence (written now, if it was made to be written when read).</summary>
    public string Text
    {
        get => _text?.Text!;
        init => _text = value is null ? null : new GivenFindingText(value);
    }

    /// <summary>
    /// A finding whose sentence <paramref name="write"/> writes from <paramref name="state"/> when it is first read
    /// (<see cref="Text"/>, equality, hashing, printing), once: most of a consultation's sentences are never read.
    /// <paramref name="write"/> must read only <paramref name="state"/> — facts, which are immutable, and values —
    /// so that the sentence is the one it would have written now; pass a static lambda.
    /// </summary>
    public static Finding Written<TState>(Builds.Build? build, FindingKind kind, string rule, TState state, Func<TState, string> write) =>
        new(build, kind, rule, new WrittenFindingText<TState>(state, write));

    /// <summary>The finding as the audit trail shows it, its kind in lower case ("violation [within-budget] …").</summary>
    public override string ToString() => $"{KebabCase.Of(Kind.ToString())} [{Rule}] {(Build is null ? "" : Build.Archetype + ": ")}{Text}";
}
