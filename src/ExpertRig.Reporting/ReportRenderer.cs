using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using ExpertRig.Advisor.View;
using ExpertRig.Domain.Files;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ExpertRig.Reporting;

/// <summary>
/// Renders a <see cref="RecommendationView"/> through a Scriban template in strict mode: an undefined variable or
/// member is an error, includes stay inside the template's folder, loops and recursion are bounded, and every error
/// becomes a one-line <see cref="TemplateException"/> naming file:line:column.
/// </summary>
public sealed class ReportRenderer
{
    // Enough for the audit trail of the largest profile (8 workloads × every archetype); a runaway loop still stops.
    private const int LoopLimit = 100_000;

    // A report is some hundred kilobytes; a template that writes far more is broken, and must not be cut silently.
    private const int OutputLimit = 32 * 1024 * 1024;

    /// <summary>A renderer for <paramref name="templateFile"/>; includes resolve inside <paramref name="templateRoot"/> (default: the file's folder).</summary>
    public ReportRenderer(string templateFile, string? templateRoot = null)
    {
        TemplateFile = string.IsNullOrWhiteSpace(templateFile)
            ? throw new TemplateException("--template: no file name given")
            : Path.GetFullPath(templateFile);
        TemplateRoot = Path.GetFullPath(templateRoot ?? Path.GetDirectoryName(TemplateFile)!);
    }

    /// <summary>The renderer of the shipped report (templates/report.md.sbn beside the binary).</summary>
    public static ReportRenderer Shipped() => new(ReportTemplates.MainTemplate, ReportTemplates.Folder);

    /// <summary>The renderer of the shipped audit trail (templates/audit.md.sbn), the file <c>--audit &lt;file&gt;</c> writes.</summary>
    public static ReportRenderer ShippedAudit() => new(ReportTemplates.AuditTemplate, ReportTemplates.Folder);

    /// <summary>The main template.</summary>
    public string TemplateFile { get; }

    /// <summary>The folder includes must stay inside.</summary>
    public string TemplateRoot { get; }

    /// <summary>
    /// Builds the report shows in full (bill of materials, performance, power, software, reasons); the rest of the
    /// ranked builds get one row each, so a profile with many feasible builds still gives a report a buyer reads.
    /// </summary>
    public const int DetailedBuilds = 3;

    /// <summary>
    /// The report as Markdown. With <paramref name="stamp"/> the template's <c>stamp</c> variable holds the UTC time
    /// (ISO 8601); without it <c>stamp</c> is null, so the same view always renders the same bytes.
    /// </summary>
    /// <exception cref="TemplateException">The template is missing, malformed or fails while rendering.</exception>
    public string Render(RecommendationView view, DateTimeOffset? stamp = null) => Render(view, stamp, AuditPlacement.Pointer);

    /// <summary>
    /// The report as Markdown, with the audit trail where <paramref name="audit"/> puts it: the template's
    /// <c>audit.inline</c> and <c>audit.file</c> say whether it is an appendix or which file holds it.
    /// </summary>
    /// <exception cref="TemplateException">The template is missing, malformed or fails while rendering.</exception>
    public string Render(RecommendationView view, DateTimeOffset? stamp, AuditPlacement audit)
    {
        var template = Parse();
        var context = StrictContext();
        var globals = Globals(view);
        globals["stamp"] = stamp?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        globals["audit"] = new ScriptObject { ["inline"] = audit.Inline, ["file"] = audit.File };
        globals["detailed_builds"] = DetailedBuilds;
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateException(Describe(ex));
        }
    }

    /// <summary>
    /// The view's members (under their JSON names), read by Scriban's reflection, and the <c>fmt</c> functions
    /// (<see cref="TemplateFunction.Formatting"/>, bound without reflection). The trimmer keeps what that reflection
    /// reads: the CLI roots the view model's assemblies (ExpertRig.Advisor, ExpertRig.Domain, ExpertRig.Reporting are
    /// TrimmerRootAssembly items in ExpertRig.Cli.csproj), and the AOT comparison test renders every example profile
    /// through the native binary.
    /// </summary>
    [UnconditionalSuppressMessage(
        "Trimming",
        "IL2026:RequiresUnreferencedCode",
        Justification = "The view model lives in assemblies the CLI roots whole (TrimmerRootAssembly), so every member Scriban reflects over is kept.")]
    private static ScriptObject Globals(RecommendationView view)
    {
        var globals = new ScriptObject();
        globals.Import(view, renamer: JsonName);
        globals["fmt"] = Functions(TemplateFunction.Formatting);
        return globals;
    }

    // A group of functions as Scriban's import makes one: each member read-only.
    private static ScriptObject Functions(IReadOnlyDictionary<string, TemplateFunction> functions)
    {
        var group = new ScriptObject();
        foreach (var (name, function) in functions)
        {
            group.SetValue(name, function, readOnly: true);
        }

        return group;
    }

    private Template Parse()
    {
        if (Directory.Exists(TemplateFile))
        {
            throw new TemplateException($"{Display(TemplateFile)}: is a directory, expected a Scriban template file");
        }

        if (!File.Exists(TemplateFile))
        {
            throw new TemplateException($"{Display(TemplateFile)}: no such template file");
        }

        string text;
        try
        {
            text = InputFile.ReadText(TemplateFile, InputKind.Template);
        }
        catch (FileAccessException ex)
        {
            throw new TemplateException($"{Display(TemplateFile)}: {ex.Problem}");
        }

        var template = Template.Parse(text.ReplaceLineEndings("\n"), TemplateFile);
        return template.HasErrors ? throw new TemplateException(Describe(template.Messages)) : template;
    }

    /// <summary>
    /// The groups of Scriban's built-in functions the shipped templates call (besides <c>include</c>). A context for a
    /// shipped template gets only these: making Scriban's whole library (every group's functions, found by reflection)
    /// cost about a twentieth of a cold native recommend. Of <c>array</c> it gets only the functions the shipped
    /// templates call (<see cref="TemplateFunction.ShippedArray"/>), bound without reflection. A template of the user's
    /// own (<c>--template</c>) gets all of it.
    /// </summary>
    public static IReadOnlyList<string> ShippedBuiltinGroups { get; } = ["array"];

    private bool IsShipped =>
        string.Equals(TemplateRoot, Path.GetFullPath(ReportTemplates.Folder), StringComparison.Ordinal);

    private static ScriptObject ShippedBuiltins()
    {
        var builtins = new ScriptObject();
        builtins.SetValue("include", new IncludeFunction(), readOnly: true);
        foreach (var group in ShippedBuiltinGroups)
        {
            builtins.SetValue(group, group switch
            {
                "array" => Functions(TemplateFunction.ShippedArray),
                "string" => new StringFunctions(),
                "math" => new MathFunctions(),
                "object" => new ObjectFunctions(),
                _ => throw new InvalidOperationException($"no such Scriban builtin group: {group}"),
            }, readOnly: true);
        }

        return builtins;
    }

    private TemplateContext StrictContext() => new(IsShipped ? ShippedBuiltins() : null)
    {
        StrictVariables = true,
        EnableRelaxedMemberAccess = false,
        EnableRelaxedTargetAccess = false,
        EnableRelaxedFunctionAccess = false,
        EnableRelaxedIndexerAccess = false,
        EnableNullIndexer = false,
        LoopLimit = LoopLimit,
        OutputLimit = OutputLimit,
        OnOutputLimit = ScriptLimitBehavior.Throw,
        OnStringLimit = ScriptLimitBehavior.Throw,
        NewLine = "\n",
        MemberRenamer = JsonName,
        TemplateLoader = new TemplateRootLoader(TemplateRoot),
    };

    // Templates see the view under the names of the JSON output (decode_tokens_per_s_aggregate, not …_saggregate).
    private static string JsonName(MemberInfo member) => JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name);

    private static string Describe(ScriptRuntimeException ex)
    {
        if (ex is ScriptParserRuntimeException parse && parse.ParserMessages.Any(m => m.Type == ParserMessageType.Error))
        {
            // An include that does not parse: name the broken file, then where it was included from.
            return $"{Describe(parse.ParserMessages)} (included at {Where(ex.Span)})";
        }

        return $"{Where(ex.Span)}: {ex.OriginalMessage}";
    }

    private static string Describe(LogMessageBag messages)
    {
        var errors = messages.Where(m => m.Type == ParserMessageType.Error).ToList();
        var first = errors[0];
        return $"{Where(first.Span)}: {first.Message}" + (errors.Count > 1 ? $" (and {errors.Count - 1} more error(s))" : "");
    }

    // Scriban counts lines and columns from 0; editors and compilers from 1.
    private static string Where(SourceSpan span) =>
        $"{Display(span.FileName ?? "template")}:{span.Start.Line + 1}:{span.Start.Column + 1}";

    private static string Display(string path)
    {
        if (!Path.IsPathFullyQualified(path))
        {
            return path;
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathFullyQualified(relative) ? path : relative;
    }
}
