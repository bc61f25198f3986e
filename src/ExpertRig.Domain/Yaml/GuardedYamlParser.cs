using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ExpertRig.Domain.Yaml;

/// <summary>
/// Feeds YamlDotNet's parser events to the representation model while refusing input that would crash or stall
/// it: deep nesting (the model loads recursively, so a file of '[' overflows the stack), non-scalar keys (hashed
/// recursively, exponential through aliases), too many aliases, and parser failures that surface as non-YAML
/// exceptions. Shared by every YAML file the user hands ExpertRig (profiles, build files, price files) through
/// <see cref="GuardedYaml"/>; each errors in its own exception type through <see cref="YamlLimits.Error"/>.
/// </summary>
public sealed class GuardedYamlParser : IParser
{
    private readonly Scanner scanner;
    private readonly Parser parser;
    private readonly YamlLimits limits;
    private readonly Stack<Frame> frames = new();
    private int aliases;

    /// <summary>A guarded parser over <paramref name="reader"/>.</summary>
    public GuardedYamlParser(TextReader reader, YamlLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        scanner = new Scanner(reader, skipComments: true);
        parser = new Parser(scanner);
        this.limits = limits;
    }

    /// <inheritdoc />
    public ParsingEvent? Current => parser.Current;

    /// <summary>Where the parser has got to: the best location for a failure that names none.</summary>
    public Mark Position => parser.Current?.Start ?? scanner.CurrentPosition;

    /// <inheritdoc />
    public bool MoveNext()
    {
        bool moved;
        try
        {
            moved = parser.MoveNext();
        }
        catch (YamlException error)
        {
            throw limits.Error(error.Start, GuardedYaml.Reword(error));
        }
        catch (Exception error) when (error is not (UserInputException or OutOfMemoryException))
        {
            // YamlDotNet's scanner throws InvalidOperationException on some malformed flow collections; the
            // scanner's position is the best location there is.
            throw limits.Error(scanner.CurrentPosition, "malformed YAML: the parser could not read this");
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
                if (frames.Count > limits.MaxDepth)
                {
                    throw limits.Error(current.Start, $"the YAML is nested more than {limits.MaxDepth} levels deep; {limits.DepthNeeded}");
                }

                break;
            case MappingEnd or SequenceEnd:
                if (frames.TryPop(out var closed) && closed.IsMapping && !closed.ExpectingKey)
                {
                    // YamlDotNet's parser can end a mapping on a dangling key (a line that is only ':'), which
                    // its representation model then rejects with an ArgumentException and no position.
                    throw limits.Error(closed.LastKeyStart, "malformed YAML: this key has no value");
                }

                NodeCompleted(current);
                break;
            case AnchorAlias:
                RejectComplexKey(current);
                if (++aliases > limits.MaxAliases)
                {
                    throw limits.Error(current.Start, $"the YAML uses more than {limits.MaxAliases} aliases ('*name'); write the values out");
                }

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
            throw limits.Error(current.Start, $"a key must be a plain word such as {limits.ExampleKey}, not a list, mapping or alias");
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
