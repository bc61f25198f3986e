using System.Text;

namespace ExpertRig.Domain.Tests.CatalogTests.Import;

/// <summary>Writes small GGUF v3 files (header, metadata and tensor table; weights left as zeros) for the reader's tests and fuzzers.</summary>
internal static class GgufTestFile
{
    public static readonly TensorType F32 = new(0, 1, 4);
    public static readonly TensorType F16 = new(1, 1, 2);
    public static readonly TensorType Q4K = new(12, 256, 144);
    public static readonly TensorType Q6K = new(14, 256, 210);

    public static List<(string Key, object Value)> LlamaMetadata(int layers, int hidden, int heads, int kvHeads, int vocab) =>
    [
        ("general.architecture", "llama"),
        ("general.name", "Tiny Test"),
        ("llama.block_count", (uint)layers),
        ("llama.context_length", 4096u),
        ("llama.embedding_length", (uint)hidden),
        ("llama.attention.head_count", (uint)heads),
        ("llama.attention.head_count_kv", (uint)kvHeads),
        ("llama.vocab_size", (uint)vocab),
    ];

    /// <summary>Writes GGUF v3 to <paramref name="stream"/>: header, metadata, tensor infos, then sets the length past the data without writing it.</summary>
    public static void Write(Stream stream, List<(string Key, object Value)> metadata, List<TestTensor> tensors, long? dataBytes = null)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write("GGUF"u8);
        writer.Write(3u);
        writer.Write((ulong)tensors.Count);
        writer.Write((ulong)metadata.Count);
        foreach (var (key, value) in metadata)
        {
            WriteString(writer, key);
            switch (value)
            {
                case uint number:
                    writer.Write(4u);
                    writer.Write(number);
                    break;
                case string text:
                    writer.Write(8u);
                    WriteString(writer, text);
                    break;
            }
        }

        ulong offset = 0;
        foreach (var tensor in tensors)
        {
            WriteString(writer, tensor.Name);
            writer.Write((uint)tensor.Shape.Length);
            foreach (var size in tensor.Shape)
            {
                writer.Write((ulong)size);
            }

            writer.Write(tensor.Type.Id);
            writer.Write(offset);
            offset += (ulong)(tensor.Elements / Math.Max(1, tensor.Type.BlockElements) * tensor.Type.BlockBytes);
            offset = (offset + 31) / 32 * 32;
        }

        writer.Flush();
        var dataStart = (stream.Position + 31) / 32 * 32;
        stream.SetLength(dataStart + (dataBytes ?? (long)offset));
    }

    private static void WriteString(BinaryWriter writer, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        writer.Write((ulong)bytes.Length);
        writer.Write(bytes);
    }

    public sealed record TensorType(uint Id, int BlockElements, int BlockBytes);

    public sealed record TestTensor(string Name, long[] Shape, TensorType Type)
    {
        public long Elements => Shape.Aggregate(1L, (product, size) => product * size);
    }
}
