using System.Text;
using CsCheck;
using ExpertRig.Domain.Catalog.Import;
using static ExpertRig.Domain.Tests.CatalogTests.Import.GgufTestFile;

namespace ExpertRig.Domain.Tests.CatalogTests.Import;

/// <summary>
/// Mutates the repository's config.json copies (text and byte edits) and a small GGUF written here (byte edits in
/// the header, truncation, huge counts and lengths): whatever comes out, the model-file readers either return a model
/// or throw a one-line <see cref="ModelFileException"/> naming the file, never anything else, and a GGUF header
/// whose counts or lengths exceed the file is refused without allocating for them.
/// </summary>
public sealed class ModelFileFuzzTests
{
    private const string SourceName = "fuzz-model";

    /// <summary>Far more than any iteration needs for a seed of a few KB; a header trusted blindly would take 1 MB to GBs.</summary>
    private const long MaxAllocatedBytes = 8L * 1024 * 1024;

    private static readonly byte[][] ConfigSeeds =
        [.. Directory.GetFiles(Repository.Path("rules", "catalog", "models"), "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    /// <summary>Values written over 8 header bytes: past the file, at the readers' caps, and the largest there are.</summary>
    private static readonly ulong[] HugeValues = [999_999, 1_000_000, 1 << 20, 9_999_999, 10_000_000, uint.MaxValue, long.MaxValue, ulong.MaxValue];

    private static readonly (byte[] Header, byte[] Data)[] GgufSeeds = [Gguf(moe: false), Gguf(moe: true)];

    [Fact]
    public void Throws_OnlyModelFileException_ForMutatedConfigText()
    {
        var texts = ConfigSeeds.Select(Encoding.UTF8.GetString).ToArray();
        var parsed = 0;
        var rejected = 0;

        Gen.Select(Gen.Int[0, texts.Length - 1], Mutations.TextEdits).Sample(
            (seed, edits) =>
            {
                if (Outcome(() => HfConfigReader.Read(SourceName, Mutations.Apply(texts[seed], edits))))
                {
                    Interlocked.Increment(ref parsed);
                }
                else
                {
                    Interlocked.Increment(ref rejected);
                }
            },
            iter: 20_000,
            print: input => Mutations.Apply(texts[input.Item1], input.Item2));

        texts.Length.ShouldBeGreaterThan(5);
        parsed.ShouldBeGreaterThan(400, $"parsed {parsed}, rejected {rejected}");
        rejected.ShouldBeGreaterThan(2000, $"parsed {parsed}, rejected {rejected}");
    }

    [Fact]
    public void Throws_OnlyModelFileException_ForMutatedConfigBytes()
    {
        var parsed = 0;
        var rejected = 0;

        Gen.Select(Gen.Int[0, ConfigSeeds.Length - 1], Mutations.ByteEdits).Sample(
            (seed, edits) =>
            {
                if (Outcome(() => ModelFileReader.ReadConfig(SourceName, Mutations.Apply(ConfigSeeds[seed], edits))))
                {
                    Interlocked.Increment(ref parsed);
                }
                else
                {
                    Interlocked.Increment(ref rejected);
                }
            },
            iter: 20_000,
            print: input => Convert.ToHexString(Mutations.Apply(ConfigSeeds[input.Item1], input.Item2)));

        parsed.ShouldBeGreaterThan(400, $"parsed {parsed}, rejected {rejected}");
        rejected.ShouldBeGreaterThan(2000, $"parsed {parsed}, rejected {rejected}");
    }

    [Fact]
    public void Throws_OnlyModelFileException_AndAllocatesLittle_ForMutatedGguf()
    {
        var parsed = 0;
        var rejected = 0;
        var gen = Gen.Select(
            Gen.Int[0, GgufSeeds.Length - 1],
            Mutations.ByteEdits,
            Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, HugeValues.Length - 1]).Array[1, 2],
            Gen.Enum<GgufEdit>(),
            Gen.Int[0, int.MaxValue]);

        gen.Sample(
            (seed, edits, huge, mode, cut) =>
            {
                var bytes = Mutate(seed, edits, huge, mode, cut);
                var before = GC.GetAllocatedBytesForCurrentThread();
                var ok = Outcome(() => GgufReader.Read(SourceName, new MemoryStream(bytes, writable: false)));
                (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(MaxAllocatedBytes);
                Interlocked.Increment(ref ok ? ref parsed : ref rejected);
            },
            iter: 15_000,
            print: input => Convert.ToHexString(Mutate(input.Item1, input.Item2, input.Item3, input.Item4, input.Item5)));

        parsed.ShouldBeGreaterThan(400, $"parsed {parsed}, rejected {rejected}");
        rejected.ShouldBeGreaterThan(3000, $"parsed {parsed}, rejected {rejected}");
    }

    [Theory]
    [InlineData(8, "tensor count")]
    [InlineData(16, "metadata count")]
    [InlineData(24, "byte string")]
    public void HugeHeaderCounts_AreRefusedBeforeAllocating(int offset, string expected)
    {
        var (header, data) = GgufSeeds[0];
        var bytes = header.Concat(data).ToArray();
        BitConverter.TryWriteBytes(bytes.AsSpan(offset, 8), 999_999UL).ShouldBeTrue();
        if (offset == 24)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(offset, 8), (ulong)(1 << 20)).ShouldBeTrue();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Should.Throw<ModelFileException>(() => GgufReader.Read(SourceName, new MemoryStream(bytes, writable: false)));

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(1024 * 1024);
        error.Message.ShouldStartWith($"{SourceName}: is truncated");
        error.Message.ShouldContain(expected);
    }

    /// <summary>
    /// A metadata array as long as the rest of the file (a mutation that turns a value's type into "array" makes one):
    /// its items are not kept as an object each, which took 26 to 51 bytes per byte of file (30 MB for this 600 KB
    /// file) and tripped the 8 MB cap of the mutated-GGUF fuzz test now and then.
    /// </summary>
    [Theory]
    [InlineData(0u, 1)]
    [InlineData(2u, 2)]
    [InlineData(4u, 4)]
    [InlineData(7u, 1)]
    [InlineData(8u, 8)]
    public void MetadataArrays_TakeNoMoreMemoryThanTheFileHolds(uint itemType, int itemBytes)
    {
        const int fileBytes = 600_000;
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("GGUF"u8);
            writer.Write(3u);
            writer.Write(0UL);
            writer.Write(1UL);
            writer.Write(1UL);
            writer.Write((byte)'a');
            writer.Write(9u);
            writer.Write(itemType);
            writer.Write((ulong)((fileBytes - stream.Position - 8) / itemBytes));
        }

        stream.SetLength(fileBytes);
        var bytes = stream.ToArray();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Should.Throw<ModelFileException>(() => GgufReader.Read(SourceName, new MemoryStream(bytes, writable: false)));

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(fileBytes * 2L);
        error.Message.ShouldStartWith($"{SourceName}: has no general.architecture");
    }

    /// <summary>True when the read succeeded; false when it was refused with a proper one-line error.</summary>
    private static bool Outcome(Func<ImportedModel> read)
    {
        try
        {
            read().Model.ShouldNotBeNull();
            return true;
        }
        catch (ModelFileException error)
        {
            error.Message.ShouldStartWith(SourceName + ":");
            error.Message.ShouldNotContain('\n');
            error.Message.ShouldNotContain('\r');
            error.Message.ShouldNotContain('\u001B');
            error.Message.Length.ShouldBeLessThan(MessageText.MaxMessageChars + 300);
            return false;
        }
    }

    /// <summary>How a GGUF is damaged: one kind per sample, so that some survive to be read.</summary>
    private enum GgufEdit
    {
        /// <summary>Bytes of the header overwritten (keys, values, names, shapes and types changed in place).</summary>
        Overwrite,

        /// <summary>Bytes of the header overwritten, inserted or deleted (everything after shifted).</summary>
        Bytes,

        /// <summary>Eight header bytes replaced by a huge count, length or offset.</summary>
        Huge,

        /// <summary>The file cut short anywhere.</summary>
        Truncate,
    }

    /// <summary>The seed damaged as <paramref name="mode"/> says: edits in its header (its zero data kept), or cut short.</summary>
    private static byte[] Mutate(int seed, (int Where, byte Value, int How)[] edits, (int Where, int Value)[] huge, GgufEdit mode, int cut)
    {
        var (header, data) = GgufSeeds[seed];
        var edited = mode switch
        {
            GgufEdit.Overwrite => Mutations.Apply(header, [.. edits.Select(edit => edit with { How = 0 })]),
            GgufEdit.Bytes => Mutations.Apply(header, edits),
            _ => [.. header],
        };
        if (mode == GgufEdit.Huge)
        {
            foreach (var (where, value) in huge)
            {
                BitConverter.TryWriteBytes(edited.AsSpan(where % (edited.Length - 7), 8), HugeValues[value]);
            }
        }

        byte[] bytes = [.. edited, .. data];
        return mode == GgufEdit.Truncate ? bytes[..(cut % (bytes.Length + 1))] : bytes;
    }

    /// <summary>A small valid GGUF (llama, or a mixture of experts), split into its header and its zero data.</summary>
    private static (byte[] Header, byte[] Data) Gguf(bool moe)
    {
        var metadata = LlamaMetadata(2, 256, 4, 2, 32);
        metadata.Add(("tokenizer.ggml.model", "llama"));
        var tensors = new List<TestTensor> { new("token_embd.weight", [256, 32], F16) };
        for (var i = 0; i < 2; i++)
        {
            tensors.Add(new($"blk.{i}.attn_q.weight", [256, 256], Q4K));
            tensors.Add(new($"blk.{i}.attn_k.weight", [256, 128], Q4K));
            tensors.Add(new($"blk.{i}.attn_norm.weight", [256], F32));
            tensors.Add(moe ? new($"blk.{i}.ffn_up_exps.weight", [256, 256, 4], Q6K) : new($"blk.{i}.ffn_up.weight", [256, 512], Q6K));
        }

        if (moe)
        {
            metadata.Add(("llama.expert_count", 4u));
            metadata.Add(("llama.expert_used_count", 2u));
        }

        using var stream = new MemoryStream();
        Write(stream, metadata, tensors);
        var bytes = stream.ToArray();
        GgufReader.Read("seed", new MemoryStream(bytes)).Model.ShouldNotBeNull();
        var headerLength = HeaderLength(bytes);
        return (bytes[..headerLength], bytes[headerLength..]);
    }

    /// <summary>Where the zero data begins: after the last non-zero byte, rounded up to the GGUF alignment of 32.</summary>
    private static int HeaderLength(byte[] bytes) => (Array.FindLastIndex(bytes, b => b != 0) + 32) / 32 * 32;
}
