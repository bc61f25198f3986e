using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ExpertRig.Domain.Profiles;

/// <summary>
/// Feeds YamlDotNet's parser events to the representation model while refusing input that would crash or stall
/// it: deep nesting (the model loads recursively, so a file of '[' overflows the stack), non-scalar keys (hashed
/// recursively, exponential through aliases), and parser failures that surface as non-YAML exceptions.
/// </summary>
internal sealed class GuardedYamlParser : IParser
{
    // A profile nests three levels (top mapping, workloads list, workload mapping); a little slack keeps the
    // error about the real mistake rather than about depth.
    private const int MaxDepth = 8;

    private readonly Scanner scanner;
    private readonly Parser parser;
    private readonly string sourceName;
    private readonly Stack<Frame> frames = new();

    public GuardedYamlParser(TextReader reader, string sourceName)
    {
        scanner = new Scanner(reader, skipComments: true);
        parser = new Parser(scanner);
        this.sourceName = sourceName;
    }

    public ParsingEvent? Current => parser.Current;

    /// <summary>Where the parser has got to: the best location for a failure that names none.</summary>
    public Mark Position => parser.Current?.Start ?? scanner.CurrentPosition;

    public bool MoveNext()
    {
        bool moved;
        try
        {
            moved = parser.MoveNext();
        }
        catch (YamlException error)
        {
            throw YamlErrors.ToProfileException(error, sourceName);
        }
        catch (Exception error) when (error is not (ProfileException or OutOfMemoryException))
        {
            // YamlDotNet's scanner throws InvalidOperationException on some malformed flow collections; the
            // scanner's position is the best location there is.
            throw YamlErrors.At(sourceName, scanner.CurrentPosition, "malformed YAML: the parser could not read this");
        }

        if (moved && parser.Current is { } current)
        {
            Inspect(current);
        }

        return moved;
    }

    private void Inspect(ParsingEvent current)
    {
        switch (current)
        {
            case DocumentStart:
                frames.Clear();
                break;
            case MappingStart or SequenceStart:
                RejectComplexKey(current);
                frames.Push(new Frame(current is MappingStart));
                if (frames.Count > MaxDepth)
                {
                    throw YamlErrors.At(sourceName, current.Start, $"the YAML is nested more than {MaxDepth} levels deep; a profile needs three (workloads → entry → key)");
                }

                break;
            case MappingEnd or SequenceEnd:
                if (frames.TryPop(out var closed) && closed.IsMapping && !closed.ExpectingKey)
                {
                    // YamlDotNet's parser can end a mapping on a dangling key (a line that is only ':'), which
                    // its representation model then rejects with an ArgumentException and no position.
                    throw YamlErrors.At(sourceName, closed.LastKeyStart, "malformed YAML: this key has no value");
                }

                NodeCompleted(current);
                break;
            case AnchorAlias:
                RejectComplexKey(current);
                NodeCompleted(current);
                break;
            case Scalar:
                NodeCompleted(current);
                break;
        }
    }

    private void RejectComplexKey(ParsingEvent current)
    {
        if (frames.TryPeek(out var frame) && frame.IsMapping && frame.ExpectingKey)
        {
            throw YamlErrors.At(sourceName, current.Start, "a key must be a plain word such as budget_usd, not a list, mapping or alias");
        }
    }

    private void NodeCompleted(ParsingEvent node)
    {
        if (frames.TryPeek(out var frame) && frame.IsMapping)
        {
            if (frame.ExpectingKey)
            {
                frame.LastKeyStart = node.Start;
            }

            frame.ExpectingKey = !frame.ExpectingKey;
        }
    }

    private sealed class Frame(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        public bool ExpectingKey { get; set; } = true;

        public Mark LastKeyStart { get; set; } = Mark.Empty;
    }
}
