using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Cli.Commands;

/// <summary>The model <c>predict</c> estimated, as its JSON <c>"model"</c> object shows it.</summary>
/// <param name="Id">Catalog id, or the model file's name.</param>
/// <param name="Name">Display name.</param>
/// <param name="ParamsB">All parameters in billions.</param>
/// <param name="ActiveParamsB">Parameters read per token in billions.</param>
/// <param name="Layers">Transformer blocks.</param>
/// <param name="KvBytesPerToken">KV cache bytes one token adds at F16 (physics' estimate for this architecture).</param>
/// <param name="Source">Where the architecture comes from: the catalog entry's source or the file read.</param>
internal sealed record PredictModelView(
    string Id, string Name, double ParamsB, double ActiveParamsB, int Layers, double KvBytesPerToken, string Source)
{
    public static PredictModelView From(LanguageModel model) => new(
        model.Id,
        model.Name,
        Math.Round(model.ParamsTotalB, 2),
        Math.Round(model.ParamsActiveB, 2),
        model.Layers,
        Math.Round(MemoryEstimator.KvCacheBytesPerToken(model.Architecture, KvCacheType.F16, PhysicsConstantsLoader.LoadDefault())),
        model.Source);
}
