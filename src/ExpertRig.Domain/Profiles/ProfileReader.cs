using YamlDotNet.RepresentationModel;

namespace ExpertRig.Domain.Profiles;

/// <summary>
/// Reads the YAML representation of one profile into a <see cref="Profile"/>, checking every key, type and range
/// and stopping at the first problem with its line and column.
/// </summary>
internal sealed partial class ProfileReader(IProfileVocabulary vocabulary, string sourceName)
{
    // Beyond this many ids a one-line list stops being a useful hint; the catalog command shows them instead.
    private const int MaxListedIds = 20;

    private readonly List<Catalog.LanguageModel> imported = [];

    public Profile Read(YamlMappingNode root)
    {
        var entries = Entries(root, ProfileKeys.TopLevel, ProfileKeys.Workload, "inside a workload entry under 'workloads:'");
        var workloads = Required(entries, root, ProfileKeys.Workloads, "the list of models you will run");

        return new Profile
        {
            Workloads = ReadWorkloads(workloads),
            ImportedModels = imported,
            BudgetUsd = Optional(entries, ProfileKeys.BudgetUsd) is { } budget
                ? Number(ProfileKeys.BudgetUsd, budget, "a number of US dollars", 0, minInclusive: false, ProfileLimits.MaxBudgetUsd)
                : Profile.NoBudget,
            ConcurrentUsers = Optional(entries, ProfileKeys.ConcurrentUsers) is { } users
                ? WholeNumber(ProfileKeys.ConcurrentUsers, users, "a whole number of users", ProfileLimits.MinConcurrentUsers, ProfileLimits.MaxConcurrentUsers)
                : ProfileDefaults.ConcurrentUsers,
            Os = Optional(entries, ProfileKeys.Os) is { } os ? Choice(ProfileKeys.Os, os, ProfileTokens.OperatingSystems) : ProfileDefaults.Os,
            Privacy = Optional(entries, ProfileKeys.Privacy) is { } privacy ? Choice(ProfileKeys.Privacy, privacy, ProfileTokens.Privacies) : ProfileDefaults.Privacy,
            AcceptUsed = Optional(entries, ProfileKeys.AcceptUsed) is { } used ? Flag(ProfileKeys.AcceptUsed, used) : ProfileDefaults.AcceptUsed,
            Circuit = Optional(entries, ProfileKeys.Circuit) is { } circuit ? Choice(ProfileKeys.Circuit, circuit, ProfileTokens.Circuits) : ProfileDefaults.Circuit,
            ElectricityUsdPerKwh = Optional(entries, ProfileKeys.ElectricityUsdPerKwh) is { } price
                ? Number(ProfileKeys.ElectricityUsdPerKwh, price, "a price in US dollars per kWh", 0, minInclusive: true, ProfileLimits.MaxElectricityUsdPerKwh)
                : ProfileDefaults.ElectricityUsdPerKwh,
            HoursPerDay = Optional(entries, ProfileKeys.HoursPerDay) is { } hours
                ? Number(ProfileKeys.HoursPerDay, hours, "a number of hours", 0, minInclusive: true, ProfileLimits.MaxHoursPerDay)
                : ProfileDefaults.HoursPerDay,
            GpuPowerLimitPercent = Optional(entries, ProfileKeys.GpuPowerLimitPercent) is { } limit
                ? WholeNumber(ProfileKeys.GpuPowerLimitPercent, limit, "a whole percentage of the cards' rated board power", Builds.GpuPowerLimit.MinPercent, Builds.GpuPowerLimit.MaxPercent)
                : Builds.GpuPowerLimit.StockPercent,
            FineTuning = Optional(entries, ProfileKeys.FineTuning) is { } tuning ? Flag(ProfileKeys.FineTuning, tuning) : ProfileDefaults.FineTuning,
            OtherGpuWorkloads = Optional(entries, ProfileKeys.OtherGpuWorkloads) is { } other ? Flag(ProfileKeys.OtherGpuWorkloads, other) : ProfileDefaults.OtherGpuWorkloads,
            EccRequired = Optional(entries, ProfileKeys.EccRequired) is { } ecc ? Flag(ProfileKeys.EccRequired, ecc) : ProfileDefaults.EccRequired,
            Priorities = Optional(entries, ProfileKeys.Priorities) is { } priorities ? ReadPriorities(priorities) : ProfileDefaults.Priorities,
            KvCache = Optional(entries, ProfileKeys.KvCache) is { } kvCache ? ReadKvCache(kvCache) : ProfileDefaults.KvCache,
            Prices = Optional(entries, ProfileKeys.Prices) is { } prices ? ReadPrices(prices) : new Dictionary<string, Catalog.Prices.UserPrice>(),
            RunTogether = ReadRunTogether(entries),
            MinQuality = ReadMinQuality(entries),
        };
    }

    private List<Workload> ReadWorkloads(YamlNode node)
    {
        if (node is not YamlSequenceNode list)
        {
            throw Error(node, $"{ProfileKeys.Workloads}: expected a list of entries such as '- model: llama-3-70b', got {Describe(node)}");
        }

        if (list.Children.Count < ProfileLimits.MinWorkloads)
        {
            throw Error(node, $"{ProfileKeys.Workloads}: the list is empty; list {ProfileLimits.MinWorkloads} to {ProfileLimits.MaxWorkloads} models");
        }

        if (list.Children.Count > ProfileLimits.MaxWorkloads)
        {
            throw Error(list.Children[ProfileLimits.MaxWorkloads], $"{ProfileKeys.Workloads}: {list.Children.Count} entries; at most {ProfileLimits.MaxWorkloads} are allowed");
        }

        return list.Children.Select((entry, index) => ReadWorkload(entry, index + 1)).ToList();
    }

    private Workload ReadWorkload(YamlNode node, int number)
    {
        var where = $"workload {number}";
        if (node is not YamlMappingNode mapping)
        {
            throw Error(node, $"{where}: expected keys such as 'model: llama-3-70b', got {Describe(node)}");
        }

        var entries = Entries(mapping, ProfileKeys.Workload, ProfileKeys.TopLevel, "at the top level, not inside a workload (check the indentation)");
        var modelNode = Optional(entries, ProfileKeys.Model);
        var fileNode = Optional(entries, ProfileKeys.ModelFile);
        if (modelNode is not null && fileNode is not null)
        {
            throw Error(fileNode, $"{where}: give either '{ProfileKeys.Model}' (a catalog id) or '{ProfileKeys.ModelFile}' (a config.json), not both");
        }

        if (modelNode is null && fileNode is null)
        {
            throw Error(mapping, $"{where}: missing '{ProfileKeys.Model}' (a catalog model id such as llama-3-70b) or '{ProfileKeys.ModelFile}' (a model's config.json)");
        }

        (Catalog.LanguageModel? fromFile, string? filePath) = fileNode is null ? (null, null) : ModelFile($"{ProfileKeys.ModelFile} ({where})", fileNode);
        var model = fromFile?.Id ?? Model($"{ProfileKeys.Model} ({where})", modelNode!);
        var quant = Optional(entries, ProfileKeys.Quant) is { } quantNode ? Quant($"{ProfileKeys.Quant} ({where})", quantNode) : null;
        var maxContext = fromFile?.MaxContextTokens ?? vocabulary.MaxContext(model);
        var context = Optional(entries, ProfileKeys.ContextTokens) is { } contextNode
            ? Context($"{ProfileKeys.ContextTokens} ({where})", contextNode, model, maxContext)
            : Math.Min(ProfileDefaults.ContextTokens, maxContext ?? ProfileDefaults.ContextTokens);
        double? speed = Optional(entries, ProfileKeys.MinTokensPerSecond) is { } speedNode
            ? Number($"{ProfileKeys.MinTokensPerSecond} ({where})", speedNode, "a decode speed in tokens per second", 0, minInclusive: false, ProfileLimits.MaxMinTokensPerSecond)
            : null;
        return new Workload(model, quant, context, speed, filePath);
    }

    private List<Priority> ReadPriorities(YamlNode node)
    {
        // A single word is accepted as a one-item list: "priorities: quiet" means what it says.
        IEnumerable<YamlNode> items = node switch
        {
            YamlSequenceNode list => list.Children,
            YamlScalarNode => [node],
            _ => throw Error(node, $"{ProfileKeys.Priorities}: expected a list such as [speed, quiet], got {Describe(node)}"),
        };

        var priorities = new List<Priority>();
        var firstSeen = new Dictionary<Priority, YamlNode>();
        foreach (var item in items)
        {
            var priority = Choice(ProfileKeys.Priorities, item, ProfileTokens.Priorities);
            if (!firstSeen.TryAdd(priority, item))
            {
                throw Error(item, $"{ProfileKeys.Priorities}: '{ProfileTokens.ToToken(priority)}' is listed twice (first on line {firstSeen[priority].Start.Line}); list each priority once");
            }

            priorities.Add(priority);
        }

        return priorities;
    }

    private Dictionary<string, YamlNode> Entries(YamlMappingNode mapping, IReadOnlyList<string> allowed, IReadOnlyList<string> otherLevel, string otherLevelPlace)
    {
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                throw Error(keyNode, "a key must be a plain word such as budget_usd");
            }

            if (allowed.Contains(key, StringComparer.Ordinal))
            {
                entries[key] = value;
                continue;
            }

            if (otherLevel.Contains(key, StringComparer.Ordinal))
            {
                throw Error(keyNode, $"the key '{key}' belongs {otherLevelPlace}");
            }

            var hint = ClosestMatches.Hint(key, allowed);
            throw Error(keyNode, hint.Length > 0
                ? $"unknown key {DisplayText.Quote(key)}{hint}"
                : $"unknown key {DisplayText.Quote(key)}; allowed here: {string.Join(", ", allowed)}");
        }

        return entries;
    }

    private YamlNode Required(Dictionary<string, YamlNode> entries, YamlNode parent, string key, string meaning)
    {
        if (!entries.TryGetValue(key, out var value))
        {
            throw Error(parent, $"missing required key '{key}' ({meaning})");
        }

        return IsNull(value) ? throw Error(value, $"{key} has no value; give {meaning}") : value;
    }
}
