using ExpertRig.Domain.Physics;
using YamlDotNet.RepresentationModel;

namespace ExpertRig.Domain.Profiles;

/// <summary>The <c>kv_cache</c> key: the KV cache element type, one of llama.cpp's f16, q8_0 and q4_0.</summary>
internal sealed partial class ProfileReader
{
    private KvCacheType ReadKvCache(YamlNode node)
    {
        var allowed = string.Join(", ", KvCacheTypes.All);
        var text = Text(ProfileKeys.KvCache, node, $"one of {allowed}").Trim();
        return KvCacheTypes.TryParse(text, out var type)
            ? type
            : throw Error(node, $"{ProfileKeys.KvCache}: unknown value {DisplayText.Quote(text)} (allowed: {allowed}){ClosestMatches.Hint(text, KvCacheTypes.All)}");
    }
}
