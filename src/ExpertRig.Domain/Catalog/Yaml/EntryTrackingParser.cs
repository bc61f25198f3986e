using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ExpertRig.Domain.Catalog.Yaml;

/// <summary>
/// Passes parsing events through to the deserializer while noting where each top-level list entry and each of its
/// keys starts, so a file is parsed once yet every error can name its entry and line. The deserializer reads ahead,
/// so errors are placed by position (<see cref="EntryAt"/>), not by the last event seen.
/// </summary>
internal sealed class EntryTrackingParser(IParser inner) : IParser
{
    private readonly Stack<Frame> frames = new();

    public List<EntryLocation> Entries { get; } = [];

    /// <summary>The entry that contains <paramref name="position"/>: the last one starting at or before it.</summary>
    public EntryLocation? EntryAt(Mark position) =>
        Entries.LastOrDefault(entry => entry.Start.Index <= position.Index);

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        Observe(inner.Current!);
        return true;
    }

    private void Observe(ParsingEvent parsingEvent)
    {
        switch (parsingEvent)
        {
            case MappingStart:
                if (frames.Count == 1 && !frames.Peek().IsMapping)
                {
                    Entries.Add(new EntryLocation(parsingEvent.Start));
                }

                frames.Push(new Frame(isMapping: true));
                break;
            case SequenceStart:
                frames.Push(new Frame(isMapping: false));
                break;
            case MappingEnd or SequenceEnd:
                if (frames.Count > 0)
                {
                    frames.Pop();
                }

                ValueDone();
                break;
            case Scalar scalar:
                OnScalar(scalar);
                break;
            case AnchorAlias:
                ValueDone();
                break;
        }
    }

    private void OnScalar(Scalar scalar)
    {
        if (frames.Count == 0 || !frames.Peek().IsMapping)
        {
            return;
        }

        var frame = frames.Peek();
        var current = Entries.Count > 0 ? Entries[^1] : null;
        if (frame.ExpectingKey)
        {
            frame.Key = scalar.Value;
            frame.ExpectingKey = false;
            current?.AddKey(scalar.Value, scalar.Start, topLevel: frames.Count == 2);
            return;
        }

        if (frames.Count == 2 && frame.Key == "id" && current is { } entry)
        {
            entry.Id = scalar.Value;
        }

        frame.ExpectingKey = true;
    }

    private void ValueDone()
    {
        if (frames.Count > 0 && frames.Peek() is { IsMapping: true, ExpectingKey: false } parent)
        {
            parent.ExpectingKey = true;
        }
    }

    private sealed class Frame(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        public bool ExpectingKey { get; set; } = isMapping;

        public string? Key { get; set; }
    }
}
