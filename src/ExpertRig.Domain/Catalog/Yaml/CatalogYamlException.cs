using YamlDotNet.Core;

namespace ExpertRig.Domain.Catalog.Yaml;

/// <summary>A value the catalog's own converters rejected; its message is already user-facing.</summary>
internal sealed class CatalogYamlException(Mark start, Mark end, string message) : YamlException(start, end, message);
