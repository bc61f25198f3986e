namespace ExpertRig.Domain.Profiles;

/// <summary>One model the user will run, with the quality, context and speed each user needs from it.</summary>
/// <param name="Model">Catalog model id, e.g. <c>llama-3-70b</c>.</param>
/// <param name="Quant">Catalog quantization id such as <c>Q4_K_M</c>; null lets the recommender pick the best quality that meets the other needs.</param>
/// <param name="ContextTokens">Context length per request, in tokens.</param>
/// <param name="MinTokensPerSecond">Decode speed each concurrent user needs; null when any speed will do.</param>
/// <param name="ModelFile">
/// The full path of the config.json a <c>model_file:</c> workload was read from (its model is then one of
/// <see cref="Profile.ImportedModels"/>); null for a catalog model. <see cref="ProfileWriter"/> writes it back as
/// <c>model_file:</c>, so a saved profile reads the same file again.
/// </param>
public sealed record Workload(
    string Model,
    string? Quant = null,
    int ContextTokens = ProfileDefaults.ContextTokens,
    double? MinTokensPerSecond = null,
    string? ModelFile = null);
