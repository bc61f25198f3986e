using System.CommandLine;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Catalog.Import;

namespace ExpertRig.Cli.Commands;

/// <summary>
/// The model and quantization <c>predict</c> estimates: a catalog id with <c>--quant</c>, a config.json with
/// <c>--quant</c>, or a GGUF file, whose quantization is the file's own.
/// </summary>
internal static class PredictModelInput
{
    public static (LanguageModel Model, Quantization Quant) Resolve(
        ParseResult parse, Catalog catalog, Option<string?> model, Option<string?> modelFile, Option<string?> quant)
    {
        var id = parse.GetValue(model);
        var file = parse.GetValue(modelFile);
        var quantId = parse.GetValue(quant);
        if ((id is null) == (file is null))
        {
            throw new CliException("give either --model <catalog id> or --model-file <config.json or .gguf>, not both");
        }

        if (id is not null)
        {
            return (catalog.FindModel(id), catalog.Quantizations.Find(RequireQuant(quantId, "--model")));
        }

        ImportedModel imported;
        try
        {
            imported = ModelFileReader.Read(file!);
        }
        catch (ModelFileException error)
        {
            throw new CliException($"--model-file {error.Message}");
        }

        if (imported.BitsPerWeight is not { } bitsPerWeight)
        {
            return (imported.Model, catalog.Quantizations.Find(RequireQuant(quantId, "--model-file with a config.json")));
        }

        if (quantId is not null)
        {
            throw new CliException($"--quant: {Path.GetFileName(file)} is a GGUF file, whose quantization is its own ({imported.FileQuantization}); leave --quant out");
        }

        return (imported.Model, FileQuantization(imported, bitsPerWeight));
    }

    private static string RequireQuant(string? quant, string with) =>
        quant ?? throw new CliException($"--quant is required with {with} (e.g. Q4_K_M, fp8, exl2-4.25; see 'expertrig catalog quants')");

    /// <summary>A GGUF's weights sized as stored: its bytes over its parameters.</summary>
    private static Quantization FileQuantization(ImportedModel imported, double bitsPerWeight) => new()
    {
        Id = "gguf-file",
        Name = $"{imported.FileQuantization} mix from the file ({bitsPerWeight:0.00} bpw)",
        Format = QuantFormat.Gguf,
        BitsPerWeight = bitsPerWeight,
        BpwNominal = bitsPerWeight,
        Engines = [Domain.Physics.InferenceEngine.LlamaCpp, Domain.Physics.InferenceEngine.Ollama],
        Source = imported.Model.Source,
    };
}
