using ExpertRig.Domain.Catalog.Import;

namespace ExpertRig.Domain.Tests.CatalogTests.Import;

/// <summary>Every malformed model file fails with one line naming the file and what is wrong or missing.</summary>
public sealed class ModelFileReaderTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("expertrig-model-file-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData("""{"model_type": "bert", "num_hidden_layers": 12}""", "model_type 'bert' is not supported; supported: llama")]
    [InlineData("""{"num_hidden_layers": 12}""", "has no model_type; expected a Hugging Face config.json")]
    [InlineData("""{"model_type": "llama", "hidden_size": 4096, "num_attention_heads": 32}""", "is missing num_hidden_layers (a whole number)")]
    [InlineData("""{"model_type": "llama", "num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "intermediate_size": 14336, "vocab_size": 128256}""", "is missing max_position_embeddings")]
    [InlineData("""{"model_type": "llama", "num_hidden_layers": -1, "hidden_size": 4096}""", "num_hidden_layers must be a whole number of at least 0 (got -1)")]
    [InlineData("""{"model_type": "qwen3_next", "num_hidden_layers": 48, "hidden_size": 2048, "num_attention_heads": 16, "intermediate_size": 5120, "vocab_size": 151936, "max_position_embeddings": 262144, "num_experts": 512, "num_experts_per_tok": 10, "moe_intermediate_size": 512}""", "is missing linear_num_key_heads")]
    [InlineData("""{"model_type": "gemma2", "num_hidden_layers": 4, "hidden_size": 256, "num_attention_heads": 4, "intermediate_size": 512, "vocab_size": 1000, "max_position_embeddings": 4096}""", "has sliding-window layers but no sliding_window")]
    [InlineData("""{"model_type": "llama",""", "is neither a GGUF file nor valid JSON")]
    [InlineData("""[1, 2, 3]""", "is JSON but not a config.json object")]
    [InlineData("", "is neither a GGUF file nor valid JSON")]
    public void ConfigJson_FailsNamingTheFileAndWhatIsMissing(string json, string expected)
    {
        var error = Should.Throw<ModelFileException>(() => ModelFileReader.Read(WriteText("config.json", json)));

        error.Message.ShouldStartWith("config.json: ");
        error.Message.ShouldContain(expected);
        error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void MissingFile_IsNamed()
    {
        Should.Throw<ModelFileException>(() => ModelFileReader.Read(Path.Combine(directory, "absent.json")))
            .Message.ShouldBe("absent.json: no such file");
    }

    [Fact]
    public void Directory_AsksForTheFileInside()
    {
        Should.Throw<ModelFileException>(() => ModelFileReader.Read(directory)).Message.ShouldContain("is a directory");
    }

    [Fact]
    public void LargeNonGgufFile_IsRefusedWithoutReadingIt()
    {
        var path = Path.Combine(directory, "model.safetensors");
        using (var stream = File.Create(path))
        {
            stream.SetLength(HfConfigReader.MaxBytes + 1);
        }

        Should.Throw<ModelFileException>(() => ModelFileReader.Read(path)).Message.ShouldContain("is this the weights file?");
    }

    [Fact]
    public void BinaryNonGgufFile_IsNeitherFormat()
    {
        var path = Path.Combine(directory, "weights.bin");
        File.WriteAllBytes(path, [0xff, 0xfe, 0x00, 0x81, 0x9f]);

        Should.Throw<ModelFileException>(() => ModelFileReader.Read(path)).Message
            .ShouldStartWith("weights.bin: is neither a GGUF file nor");
    }

    private string WriteText(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
