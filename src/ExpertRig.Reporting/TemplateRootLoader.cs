using ExpertRig.Domain.Files;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ExpertRig.Reporting;

/// <summary>
/// Resolves <c>include</c> names against one template folder and refuses anything that leaves it: absolute paths,
/// <c>..</c> climbs and symbolic links that point outside. A custom template cannot read arbitrary files.
/// </summary>
internal sealed class TemplateRootLoader(string root) : ITemplateLoader
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    /// <inheritdoc />
    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName))
        {
            throw new ScriptRuntimeException(callerSpan, "include needs a template name, such as 'partials/build.sbn'");
        }

        var full = Path.GetFullPath(Path.Combine(root, templateName));
        if (Path.IsPathRooted(templateName) || !IsInside(full) || LeavesRootThroughLink(full))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is outside the template root {root}; includes must name a file inside it");
        }

        if (!File.Exists(full))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': no such template in {root}");
        }

        return full;
    }

    /// <inheritdoc />
    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        try
        {
            return InputFile.ReadText(templatePath, InputKind.Template).ReplaceLineEndings("\n");
        }
        catch (FileAccessException ex)
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{Path.GetFileName(templatePath)}': {ex.Problem}");
        }
    }

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    private bool IsInside(string path) => path.StartsWith(root + Path.DirectorySeparatorChar, PathComparison);

    // A link anywhere between the root and the file could lead out of the root although the path stays inside it.
    private bool LeavesRootThroughLink(string path)
    {
        for (FileSystemInfo? entry = new FileInfo(path); entry is not null && IsInside(entry.FullName); entry = Parent(entry))
        {
            if (entry.Exists && entry.LinkTarget is not null && entry.ResolveLinkTarget(returnFinalTarget: true) is { } target && !IsInside(target.FullName))
            {
                return true;
            }
        }

        return false;
    }

    private static DirectoryInfo? Parent(FileSystemInfo entry) => entry switch
    {
        FileInfo file => file.Directory,
        DirectoryInfo directory => directory.Parent,
        _ => null,
    };
}
