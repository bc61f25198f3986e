using System.CommandLine;
using System.CommandLine.Completions;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Cli.Commands;

/// <summary>
/// Tab-completion values that come from the knowledge base rather than a fixed list: catalog ids and rule names.
/// They are read only when a shell asks (the <c>[suggest]</c> directive), never on an ordinary run.
/// </summary>
internal static class ValueCompletions
{
    /// <summary>Completes the option with the catalog's model ids.</summary>
    public static Option<T> WithModelIds<T>(this Option<T> option) =>
        option.With(() => CatalogLoader.LoadDefault().Models.Ids);

    /// <summary>
    /// Completes the option with the catalog's quantizations, spelled as the help and the profiles spell them: the
    /// name where it is one word (Q4_K_M, F16), else the id (exl2-4.25, awq-int4).
    /// </summary>
    public static Option<T> WithQuantizations<T>(this Option<T> option) =>
        option.With(() => CatalogLoader.LoadDefault().Quantizations.Select(q => q.Name.Contains(' ', StringComparison.Ordinal) ? q.Id : q.Name));

    /// <summary>Completes the option with the catalog's GPU and unified-memory system ids.</summary>
    public static Option<T> WithDeviceIds<T>(this Option<T> option) =>
        option.With(() =>
        {
            var catalog = CatalogLoader.LoadDefault();
            return catalog.Gpus.Ids.Concat(catalog.Systems.Ids);
        });

    /// <summary>Completes the option with the names of the knowledge base's rules.</summary>
    public static Option<T> WithRuleNames<T>(this Option<T> option) =>
        option.With(() => Rules.KnowledgeBase.Rules.Select(r => r.Name));

    // System.CommandLine filters the values of AcceptOnlyFromAmong by the word being completed; a custom source must
    // filter its own, the same way (case-insensitive, anywhere in the value), or the shell is handed every id.
    private static Option<T> With<T>(this Option<T> option, Func<IEnumerable<string>> values)
    {
        option.CompletionSources.Add(context => values()
            .Where(value => value.Contains(context.WordToComplete, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select(value => new CompletionItem(value)));
        return option;
    }
}
