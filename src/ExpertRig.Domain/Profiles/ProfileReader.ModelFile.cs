using ExpertRig.Domain.Catalog.Import;
using YamlDotNet.RepresentationModel;

namespace ExpertRig.Domain.Profiles;

/// <summary>A workload's <c>model_file:</c>: a model the catalog lacks, read from its Hugging Face config.json.</summary>
internal sealed partial class ProfileReader
{
    /// <summary>The model the file describes and the file's full path, which the workload keeps for <see cref="ProfileWriter"/>.</summary>
    private (Catalog.LanguageModel Model, string FullPath) ModelFile(string label, YamlNode node)
    {
        var text = Text(label, node, "the path of a model's config.json").Trim();
        if (text.EndsWith(".gguf", StringComparison.OrdinalIgnoreCase))
        {
            throw Error(node, $"{label}: {DisplayText.Quote(text)} is a GGUF file; a profile takes a config.json (and 'quant:' or the open ladder), 'expertrig predict --model-file' reads GGUF");
        }

        var path = Path.IsPathRooted(text) ? text : Path.Combine(BaseDirectory(), text);
        ImportedModel read;
        try
        {
            read = ModelFileReader.Read(path);
        }
        catch (ModelFileException error)
        {
            throw Error(node, $"{label}: {error.Message}");
        }

        var named = string.Equals(read.Model.Id, "config", StringComparison.OrdinalIgnoreCase)
            && read.Model.Name.StartsWith(read.Model.Id, StringComparison.Ordinal)
            ? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) + read.Model.Name[read.Model.Id.Length..]
            : read.Model.Name;
        var model = read.Model with { Id = UniqueId(IdOf(read.Model.Id, path)), Name = named };
        imported.Add(model);
        return (model, Path.GetFullPath(path));
    }

    /// <summary>The folder relative paths start from: the profile's own, or the working directory for text parsed in memory.</summary>
    private string BaseDirectory() =>
        File.Exists(sourceName) ? Path.GetDirectoryName(Path.GetFullPath(sourceName))! : Directory.GetCurrentDirectory();

    /// <summary>A file called plain config.json takes its folder's name (models/Qwen3-8B/config.json → qwen3-8b).</summary>
    private static string IdOf(string readId, string path)
    {
        if (!string.Equals(readId, "config", StringComparison.OrdinalIgnoreCase))
        {
            return readId.ToLowerInvariant();
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        return string.IsNullOrWhiteSpace(folder) ? "model-file" : folder.ToLowerInvariant().Replace(' ', '-');
    }

    /// <summary>The id itself, or with "-file" (and a number) when the catalog or an earlier workload already uses it.</summary>
    private string UniqueId(string id)
    {
        bool Taken(string candidate) =>
            vocabulary.ModelIds.Contains(candidate, StringComparer.OrdinalIgnoreCase)
            || imported.Any(m => string.Equals(m.Id, candidate, StringComparison.OrdinalIgnoreCase));

        if (!Taken(id))
        {
            return id;
        }

        var candidate = $"{id}-file";
        for (var n = 2; Taken(candidate); n++)
        {
            candidate = $"{id}-file-{n}";
        }

        return candidate;
    }
}
