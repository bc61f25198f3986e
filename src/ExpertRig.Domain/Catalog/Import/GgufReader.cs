using System.Buffers.Binary;
using System.Text;
using ExpertRig.Domain.Files;

namespace ExpertRig.Domain.Catalog.Import;

/// <summary>
/// Reads a GGUF file's header, metadata and tensor table (never the weights): the architecture from its metadata,
/// the parameter count and weight bytes from each tensor's type and shape. Counts and lengths in the header are
/// checked against the bytes left in the file before anything is allocated for them, so a damaged header is refused
/// instead of filling memory.
/// </summary>
public static class GgufReader
{
    private const int MaxStringBytes = 1 << 20;
    private const ulong MaxEntries = 1_000_000;
    private const ulong MaxArrayItems = 10_000_000;

    private const string Truncated = "is truncated: the GGUF header or tensor table ends early";

    /// <summary>The smallest metadata entry: an empty key (its 8-byte length), a 4-byte type and a 1-byte value.</summary>
    private const ulong MinMetadataBytes = 13;

    /// <summary>The smallest tensor entry: an empty name, 1 dimension, 1 size, the type and the offset.</summary>
    private const ulong MinTensorBytes = 8 + 4 + 8 + 4 + 8;

    /// <summary>True when <paramref name="magic"/> is the GGUF signature.</summary>
    public static bool IsGguf(ReadOnlySpan<byte> magic) => magic.Length >= 4 && magic[..4].SequenceEqual("GGUF"u8);

    /// <summary>Reads the model described by the GGUF file at <paramref name="path"/>.</summary>
    /// <exception cref="ModelFileException">Not GGUF, truncated, or missing the metadata the estimators need.</exception>
    public static ImportedModel Read(string path)
    {
        using var stream = ModelFileReader.Guarded(path, () => InputFile.OpenBinary(path, InputKind.GgufModel));
        return Read(path, stream);
    }

    internal static ImportedModel Read(string path, Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!IsGguf(reader.ReadBytes(4)))
            {
                throw new ModelFileException(path, "is not a GGUF file (it does not start with 'GGUF')");
            }

            var version = reader.ReadUInt32();
            if (version is < 2 or > 3)
            {
                throw new ModelFileException(path, $"is GGUF version {version}; versions 2 and 3 are supported");
            }

            var tensorCount = Count(path, reader.ReadUInt64(), "tensor count");
            var metadataCount = Count(path, reader.ReadUInt64(), "metadata count");
            Fits(path, reader, metadataCount, MinMetadataBytes, "metadata count");
            var metadata = new Dictionary<string, object>(StringComparer.Ordinal);
            for (ulong i = 0; i < metadataCount; i++)
            {
                var key = ReadString(path, reader);
                metadata[key] = ReadValue(path, reader, reader.ReadUInt32());
            }

            Fits(path, reader, tensorCount, MinTensorBytes, "tensor count");
            var tensors = new List<GgufTensor>((int)Math.Min(tensorCount, 100_000));
            for (ulong i = 0; i < tensorCount; i++)
            {
                tensors.Add(ReadTensor(path, reader));
            }

            CheckDataPresent(path, stream, metadata, tensors);
            return GgufModel.From(path, new GgufMetadata(path, metadata), tensors);
        }
        catch (EndOfStreamException error)
        {
            throw new ModelFileException(path, Truncated, error);
        }
        catch (FileAccessException error)
        {
            throw new ModelFileException(path, error.Problem, error);
        }
    }

    /// <summary>Refuses <paramref name="count"/> items of at least <paramref name="minBytes"/> each that the rest of the file cannot hold.</summary>
    private static void Fits(string path, BinaryReader reader, ulong count, ulong minBytes, string what)
    {
        var left = Remaining(reader);
        if (count > 0 && (count > ulong.MaxValue / minBytes || count * minBytes > left))
        {
            throw new ModelFileException(path, $"{Truncated} (its {what} of {count:N0} needs more than the {left:N0} bytes left)");
        }
    }

    /// <summary>Bytes left after the reader's position (unbounded for a stream that cannot tell).</summary>
    private static ulong Remaining(BinaryReader reader) =>
        reader.BaseStream.CanSeek ? (ulong)Math.Max(0, reader.BaseStream.Length - reader.BaseStream.Position) : ulong.MaxValue;

    private static ulong Count(string path, ulong value, string what) =>
        value <= MaxEntries ? value : throw new ModelFileException(path, $"has an implausible {what} ({value:N0}); the header is damaged");

    private static string ReadString(string path, BinaryReader reader)
    {
        var length = StringLength(path, reader);
        var bytes = reader.ReadBytes((int)length);
        return bytes.Length == (int)length ? Encoding.UTF8.GetString(bytes) : throw new EndOfStreamException();
    }

    /// <summary>A string's length, refused when implausible or longer than the rest of the file.</summary>
    private static ulong StringLength(string path, BinaryReader reader)
    {
        var length = reader.ReadUInt64();
        if (length > MaxStringBytes)
        {
            throw new ModelFileException(path, $"has a {length:N0}-byte string in its metadata; the header is damaged");
        }

        if (length > Remaining(reader))
        {
            throw new ModelFileException(path, $"{Truncated} (a {length:N0}-byte string, with {Remaining(reader):N0} bytes left)");
        }

        return length;
    }

    private static object ReadValue(string path, BinaryReader reader, uint type) => type switch
    {
        0 => (long)reader.ReadByte(),
        1 => (long)reader.ReadSByte(),
        2 => (long)reader.ReadUInt16(),
        3 => (long)reader.ReadInt16(),
        4 => (long)reader.ReadUInt32(),
        5 => (long)reader.ReadInt32(),
        6 => (double)reader.ReadSingle(),
        7 => reader.ReadByte() != 0,
        8 => ReadString(path, reader),
        9 => ReadArray(path, reader),
        10 => (long)Math.Min(reader.ReadUInt64(), long.MaxValue),
        11 => reader.ReadInt64(),
        12 => reader.ReadDouble(),
        _ => throw new ModelFileException(path, $"has metadata of unknown type {type}; the header is damaged"),
    };

    private static GgufArray ReadArray(string path, BinaryReader reader)
    {
        var itemType = reader.ReadUInt32();
        var length = reader.ReadUInt64();
        if (length > MaxArrayItems || itemType == 9)
        {
            throw new ModelFileException(path, "has an implausible metadata array; the header is damaged");
        }

        Fits(path, reader, length, GgufArray.MinItemBytes(itemType), "metadata array length");
        if (itemType == 8)
        {
            // Strings (a tokenizer's tokens and merges): the estimators need only how many there are.
            for (ulong i = 0; i < length; i++)
            {
                SkipString(path, reader);
            }

            return new GgufArray(itemType, (long)length, Items: null);
        }

        if (itemType > 12 && length > 0)
        {
            throw new ModelFileException(path, $"has metadata of unknown type {itemType}; the header is damaged");
        }

        // Numbers are kept as the bytes they were read from (never more than the file holds), not an object each.
        var size = (int)(length * GgufArray.MinItemBytes(itemType));
        var bytes = reader.ReadBytes(size);
        return bytes.Length == size ? new GgufArray(itemType, (long)length, bytes) : throw new EndOfStreamException();
    }

    /// <summary>Checks a string's length as <see cref="ReadString"/> does and moves past it without reading it.</summary>
    private static void SkipString(string path, BinaryReader reader)
    {
        var length = StringLength(path, reader);
        if (reader.BaseStream.CanSeek)
        {
            reader.BaseStream.Seek((long)length, SeekOrigin.Current);
        }
        else if (reader.ReadBytes((int)length).Length != (int)length)
        {
            throw new EndOfStreamException();
        }
    }

    private static GgufTensor ReadTensor(string path, BinaryReader reader)
    {
        var name = ReadString(path, reader);
        var dimensions = reader.ReadUInt32();
        if (dimensions is 0 or > 8)
        {
            throw new ModelFileException(path, $"tensor '{MessageText.Value(name)}' has {dimensions} dimensions; the tensor table is damaged");
        }

        ulong elements = 1;
        for (var d = 0; d < dimensions; d++)
        {
            var size = reader.ReadUInt64();
            elements = size == 0 || elements > ulong.MaxValue / size
                ? throw new ModelFileException(path, $"tensor '{MessageText.Value(name)}' has an impossible shape; the tensor table is damaged")
                : elements * size;
        }

        var type = reader.ReadUInt32();
        var offset = reader.ReadUInt64();
        if (!GgufTensorType.TryGet(type, out var traits))
        {
            throw new ModelFileException(path, $"tensor '{MessageText.Value(name)}' has unknown tensor type {type}");
        }

        if (elements % (ulong)traits.BlockElements != 0)
        {
            throw new ModelFileException(path, $"tensor '{MessageText.Value(name)}' has {elements} elements, not a whole number of {traits.Name} blocks");
        }

        var bytes = elements / (ulong)traits.BlockElements * (ulong)traits.BlockBytes;
        return new GgufTensor(name, (long)elements, (long)bytes, traits.Name, offset);
    }

    /// <summary>The weights follow the table (aligned); a file shorter than its last tensor was cut off in download.</summary>
    private static void CheckDataPresent(string path, Stream stream, Dictionary<string, object> metadata, List<GgufTensor> tensors)
    {
        if (!stream.CanSeek || tensors.Count == 0)
        {
            return;
        }

        var alignment = metadata.TryGetValue("general.alignment", out var value) && value is long a && a > 0 ? a : 32;
        var dataStart = (stream.Position + alignment - 1) / alignment * alignment;
        var end = tensors.Max(tensor => (decimal)tensor.Offset + tensor.Bytes) + dataStart;
        if (end > stream.Length)
        {
            throw new ModelFileException(
                path, $"is truncated: its tensors end at byte {end:N0} but the file has {stream.Length:N0} bytes (an incomplete download, or one part of a split GGUF)");
        }
    }
}

/// <summary>
/// A metadata array: its item type and length, and for numbers and flags their bytes as in the file (little-endian,
/// <see cref="GgufArray.MinItemBytes"/> each). A string array keeps only its length.
/// </summary>
internal sealed record GgufArray(uint ItemType, long Count, byte[]? Items)
{
    /// <summary>True for the whole-number item types (8 to 64 bits, signed or not).</summary>
    public bool HoldsWholeNumbers => ItemType is <= 5 or 10 or 11;

    /// <summary>True for the flag item type.</summary>
    public bool HoldsFlags => ItemType == 7;

    private int ItemBytes => (int)MinItemBytes(ItemType);

    /// <summary>The fewest bytes one array item of <paramref name="type"/> takes (a string: its 8-byte length).</summary>
    public static ulong MinItemBytes(uint type) => type switch
    {
        2 or 3 => 2,
        4 or 5 or 6 => 4,
        8 or 10 or 11 or 12 => 8,
        _ => 1,
    };

    /// <summary>The items as whole numbers (a flag as 0 or 1; a uint64 past long's range as long.MaxValue); null for other types.</summary>
    public long[]? Numbers()
    {
        if (Items is null || !(HoldsWholeNumbers || HoldsFlags))
        {
            return null;
        }

        var numbers = new long[Count];
        var span = Items.AsSpan();
        for (var i = 0; i < numbers.Length; i++)
        {
            var item = span.Slice(i * ItemBytes, ItemBytes);
            numbers[i] = ItemType switch
            {
                0 => item[0],
                1 => (sbyte)item[0],
                2 => BinaryPrimitives.ReadUInt16LittleEndian(item),
                3 => BinaryPrimitives.ReadInt16LittleEndian(item),
                4 => BinaryPrimitives.ReadUInt32LittleEndian(item),
                5 => BinaryPrimitives.ReadInt32LittleEndian(item),
                7 => item[0] != 0 ? 1 : 0,
                10 => (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(item), long.MaxValue),
                _ => BinaryPrimitives.ReadInt64LittleEndian(item),
            };
        }

        return numbers;
    }
}

/// <summary>One entry of a GGUF tensor table.</summary>
internal sealed record GgufTensor(string Name, long Elements, long Bytes, string Type, ulong Offset);
