using System.Text;
using System.Text.Json;
using ExpertRig.Cli.Tests.Support;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Cli.Tests;

/// <summary><c>predict --model-file</c>: a model the catalog lacks, from its config.json or a GGUF file.</summary>
public sealed class PredictModelFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("expertrig-predict-file-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void ConfigJson_PredictsWithTheChosenQuant_AndDescribesTheModel()
    {
        var config = Path.Combine(CatalogLoader.DefaultDirectory, "models", "qwen-3-30b-a3b.config.json");

        var result = CliRunner.Run("predict", "--model-file", config, "--quant", "q4-k-m", "--gpu", "rtx-4090", "--format", "json");

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var model = json.RootElement.GetProperty("model");
        model.GetProperty("params_b").GetDouble().ShouldBe(30.53);
        model.GetProperty("active_params_b").GetDouble().ShouldBe(3.35);
        model.GetProperty("layers").GetInt32().ShouldBe(48);
        model.GetProperty("kv_bytes_per_token").GetDouble().ShouldBe(2 * 48 * 4 * 128 * 2);
        model.GetProperty("source").GetString()!.ShouldContain("qwen-3-30b-a3b.config.json");
        json.RootElement.GetProperty("quant").GetString().ShouldBe("Q4_K_M");
    }

    [Fact]
    public void CatalogModel_JsonCarriesTheModelObject()
    {
        var result = CliRunner.Run("predict", "--model", "gpt-oss-20b", "--quant", "mxfp4", "--gpu", "rtx-4090", "--format", "json");

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("model").GetProperty("id").GetString().ShouldBe("gpt-oss-20b");
        json.RootElement.GetProperty("model").GetProperty("active_params_b").GetDouble().ShouldBe(3.61);
    }

    [Fact]
    public void Gguf_UsesTheFilesOwnQuantization()
    {
        var path = Path.Combine(directory, "tiny.gguf");
        WriteTinyGguf(path);

        var result = CliRunner.Run("predict", "--model-file", path, "--gpu", "rtx-4090", "--format", "json");

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("quant").GetString()!.ShouldStartWith("F16 mix from the file (16.00 bpw)");
        json.RootElement.GetProperty("model").GetProperty("layers").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void Gguf_RefusesAQuant()
    {
        var path = Path.Combine(directory, "tiny.gguf");
        WriteTinyGguf(path);

        var result = CliRunner.Run("predict", "--model-file", path, "--quant", "Q4_K_M", "--gpu", "rtx-4090");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("tiny.gguf is a GGUF file, whose quantization is its own");
    }

    [Theory]
    [InlineData("""{"model_type": "bert"}""", "--model-file config.json: model_type 'bert' is not supported")]
    [InlineData("""{"model_type": "llama", "num_hidden_layers": 2""", "--model-file config.json: is neither a GGUF file nor valid JSON")]
    public void MalformedFile_ExitsTwo_WithOneLineNamingTheFile(string text, string expected)
    {
        var path = Path.Combine(directory, "config.json");
        File.WriteAllText(path, text);

        var result = CliRunner.Run("predict", "--model-file", path, "--quant", "Q4_K_M", "--gpu", "rtx-4090");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(expected);
        result.Error.Trim().Split('\n').Length.ShouldBe(1, result.Error);
    }

    [Fact]
    public void ModelAndModelFile_AreExclusive()
    {
        var result = CliRunner.Run("predict", "--model", "llama-3-8b", "--model-file", "x.json", "--quant", "Q4_K_M", "--gpu", "rtx-4090");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("either --model");
    }

    /// <summary>One llama layer in F16 (embeddings and a feed-forward matrix); the weights are a sparse hole.</summary>
    private static void WriteTinyGguf(string path)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write("GGUF"u8);
        writer.Write(3u);
        writer.Write(2ul);
        var metadata = new (string Key, object Value)[]
        {
            ("general.architecture", "llama"), ("llama.block_count", 1u), ("llama.context_length", 4096u),
            ("llama.embedding_length", 256u), ("llama.attention.head_count", 8u), ("llama.vocab_size", 1024u),
        };
        writer.Write((ulong)metadata.Length);
        foreach (var (key, value) in metadata)
        {
            Text(writer, key);
            if (value is string text)
            {
                writer.Write(8u);
                Text(writer, text);
            }
            else
            {
                writer.Write(4u);
                writer.Write((uint)value);
            }
        }

        Text(writer, "token_embd.weight");
        writer.Write(2u);
        writer.Write(256ul);
        writer.Write(1024ul);
        writer.Write(1u);
        writer.Write(0ul);
        Text(writer, "blk.0.ffn_up.weight");
        writer.Write(2u);
        writer.Write(256ul);
        writer.Write(8192ul);
        writer.Write(1u);
        writer.Write(256ul * 1024 * 2);
        writer.Flush();
        stream.SetLength(((stream.Position + 31) / 32 * 32) + (256 * (1024 + 8192) * 2));
    }

    private static void Text(BinaryWriter writer, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        writer.Write((ulong)bytes.Length);
        writer.Write(bytes);
    }
}
