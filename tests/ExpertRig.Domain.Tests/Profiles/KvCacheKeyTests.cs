using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Profiles;

/// <summary>The profile key <c>kv_cache</c>: f16 (default), q8_0 or q4_0.</summary>
public sealed class KvCacheKeyTests
{
    [Fact]
    public void Defaults_ToF16()
    {
        ProfileTestText.Parse(ProfileTestText.Minimal).KvCache.ShouldBe(KvCacheType.F16);
    }

    [Theory]
    [InlineData("q8_0", KvCacheType.Q8_0)]
    [InlineData("Q4_0", KvCacheType.Q4_0)]
    [InlineData("f16", KvCacheType.F16)]
    public void Reads_TheCacheType(string text, KvCacheType expected)
    {
        ProfileTestText.Parse(ProfileTestText.Minimal + $"\nkv_cache: {text}").KvCache.ShouldBe(expected);
    }

    [Fact]
    public void Rejects_OtherTypes_NamingTheKeyAndWhatIsAllowed()
    {
        var error = ProfileTestText.ErrorFor(ProfileTestText.Minimal + "\nkv_cache: q5_1");
        error.Message.ShouldContain("kv_cache: unknown value 'q5_1' (allowed: f16, q8_0, q4_0)");
        error.Message.ShouldContain("profile.yaml:4");
    }

    [Fact]
    public void Writer_RoundTripsAQuantizedCache()
    {
        var profile = ProfileTestText.Parse(ProfileTestText.Minimal) with { KvCache = KvCacheType.Q8_0 };
        var text = ProfileWriter.ToYaml(profile);
        text.ShouldContain("kv_cache: q8_0");
        ProfileTestText.Parse(text).ShouldBe(profile);
    }
}
