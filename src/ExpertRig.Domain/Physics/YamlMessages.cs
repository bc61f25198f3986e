using YamlDotNet.Core;

namespace ExpertRig.Domain.Physics;

/// <summary>Rewords YamlDotNet errors for the physics data files as one readable clause.</summary>
internal static class YamlMessages
{
    /// <summary>The problem a YamlDotNet exception reports, reworded where it is about a key.</summary>
    public static string Describe(YamlException error)
    {
        // YamlDotNet wraps conversion errors; the innermost message says which value failed.
        var message = (error.InnerException?.Message ?? error.Message).Trim();
        const string notFound = "Property '";
        var start = message.IndexOf(notFound, StringComparison.Ordinal);
        if (start >= 0)
        {
            var end = message.IndexOf('\'', start + notFound.Length);
            if (end > start)
            {
                return $"unknown key '{message[(start + notFound.Length)..end]}' (see the keys this section allows in docs/performance-model.md)";
            }
        }

        return $"malformed YAML: {message}";
    }
}
