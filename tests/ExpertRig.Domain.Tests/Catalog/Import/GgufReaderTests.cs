using ExpertRig.Domain.Catalog.Import;
using static ExpertRig.Domain.Tests.CatalogTests.Import.GgufTestFile;

namespace ExpertRig.Domain.Tests.CatalogTests.Import;

/// <summary>
/// A GGUF written here (header and tensor table, weights left as a sparse hole) reads back with the parameter count
/// and weight bytes this test computes from the same shapes and the GGML block sizes.
/// </summary>
public sealed class GgufReaderTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("expertrig-gguf-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void ReadsArchitecture_ParametersAndWeightBytes_FromTheTensorTable()
    {
        const int layers = 2, hidden = 256, ffn = 512, vocab = 1024, heads = 8, kvHeads = 2, headDim = 32;
        var tensors = new List<TestTensor>
        {
            new("token_embd.weight", [hidden, vocab], Q4K),
            new("output.weight", [hidden, vocab], Q6K),
        };
        for (var i = 0; i < layers; i++)
        {
            tensors.Add(new($"blk.{i}.attn_q.weight", [hidden, heads * headDim], Q4K));
            tensors.Add(new($"blk.{i}.attn_k.weight", [hidden, kvHeads * headDim], Q4K));
            tensors.Add(new($"blk.{i}.attn_v.weight", [hidden, kvHeads * headDim], Q6K));
            tensors.Add(new($"blk.{i}.attn_output.weight", [heads * headDim, hidden], Q4K));
            tensors.Add(new($"blk.{i}.ffn_gate.weight", [hidden, ffn], Q4K));
            tensors.Add(new($"blk.{i}.ffn_up.weight", [hidden, ffn], Q4K));
            tensors.Add(new($"blk.{i}.ffn_down.weight", [ffn, hidden], Q6K));
            tensors.Add(new($"blk.{i}.attn_norm.weight", [hidden], F32));
        }

        var path = Write("tiny.gguf", LlamaMetadata(layers, hidden, heads, kvHeads, vocab), tensors);
        var read = ModelFileReader.Read(path);

        // Independently: elements per tensor, and bytes = elements / block elements * block bytes.
        long elements = tensors.Sum(t => t.Elements);
        long bytes = tensors.Sum(t => t.Elements / t.Type.BlockElements * t.Type.BlockBytes);
        read.Model.ParamsTotalB.ShouldBe(elements / 1e9, 1e-12);
        read.WeightBytes.ShouldBe(bytes);
        read.FileQuantization.ShouldBe("Q4_K");
        read.Model.Layers.ShouldBe(layers);
        read.Model.KvHeads.ShouldBe(kvHeads);
        read.Model.HeadDim.ShouldBe(headDim);
        read.Model.MaxContextTokens.ShouldBe(4096);
        read.Model.VocabSize.ShouldBe(vocab);
        read.Model.TiedEmbeddings.ShouldBeFalse();
        read.Model.Name.ShouldBe("Tiny Test");
    }

    [Fact]
    public void CountsOnlyTheUsedShareOfExpertTensors_AsActive()
    {
        var metadata = LlamaMetadata(1, 256, 8, 8, 1024);
        metadata.Add(("llama.expert_count", 8u));
        metadata.Add(("llama.expert_used_count", 2u));
        var tensors = new List<TestTensor>
        {
            new("token_embd.weight", [256, 1024], F16),
            new("blk.0.ffn_up_exps.weight", [256, 512, 8], Q4K),
        };

        var read = ModelFileReader.Read(Write("moe.gguf", metadata, tensors));

        read.Model.Experts.ShouldBe(8);
        read.Model.TiedEmbeddings.ShouldBeTrue();
        read.Model.ParamsActiveB.ShouldBe(((256 * 1024) + (256 * 512 * 8 * 2 / 8)) / 1e9, 1e-12);
    }

    [Fact]
    public void Fails_WhenTheTensorDataIsCutOff()
    {
        var path = Write("cut.gguf", LlamaMetadata(1, 256, 8, 8, 1024), [new("token_embd.weight", [256, 1024], F16)], dataBytes: 1000);

        Should.Throw<ModelFileException>(() => ModelFileReader.Read(path)).Message.ShouldSatisfyAllConditions(
            message => message.ShouldStartWith("cut.gguf: is truncated"),
            message => message.ShouldContain("incomplete download"));
    }

    [Fact]
    public void Fails_WhenTheHeaderEndsEarly()
    {
        var full = File.ReadAllBytes(Write("whole.gguf", LlamaMetadata(1, 256, 8, 8, 1024), [new("token_embd.weight", [256, 1024], F16)]));
        var path = Path.Combine(directory, "short.gguf");
        File.WriteAllBytes(path, full[..40]);

        Should.Throw<ModelFileException>(() => ModelFileReader.Read(path)).Message
            .ShouldStartWith("short.gguf: is truncated: the GGUF header or tensor table ends early");
    }

    [Fact]
    public void Fails_ForAnUnknownArchitecture()
    {
        var metadata = LlamaMetadata(1, 256, 8, 8, 1024);
        metadata[0] = ("general.architecture", "bert");

        Should.Throw<ModelFileException>(() => ModelFileReader.Read(Write("bert.gguf", metadata, [new("token_embd.weight", [256, 1024], F16)])))
            .Message.ShouldStartWith("bert.gguf: GGUF architecture 'bert' is not supported");
    }

    [Fact]
    public void Fails_NamingAMissingKey()
    {
        var metadata = LlamaMetadata(1, 256, 8, 8, 1024);
        metadata.RemoveAll(entry => entry.Key == "llama.block_count");

        Should.Throw<ModelFileException>(() => ModelFileReader.Read(Write("nolayers.gguf", metadata, [new("token_embd.weight", [256, 1024], F16)])))
            .Message.ShouldBe("nolayers.gguf: is missing llama.block_count in its GGUF metadata");
    }

    [Fact]
    public void Fails_ForAnUnknownTensorType()
    {
        var path = Write("odd.gguf", LlamaMetadata(1, 256, 8, 8, 1024), [new("token_embd.weight", [256, 1024], new TensorType(99, 1, 1))]);

        Should.Throw<ModelFileException>(() => ModelFileReader.Read(path)).Message.ShouldContain("unknown tensor type 99");
    }

    /// <summary>Writes a GGUF file named <paramref name="name"/> in the test folder (see <see cref="GgufTestFile.Write"/>).</summary>
    private string Write(string name, List<(string Key, object Value)> metadata, List<TestTensor> tensors, long? dataBytes = null)
    {
        var path = Path.Combine(directory, name);
        using (var stream = File.Create(path))
        {
            GgufTestFile.Write(stream, metadata, tensors, dataBytes);
        }

        return path;
    }
}
