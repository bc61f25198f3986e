namespace ExpertRig.Reporting;

/// <summary>Where the shipped report templates are: the <c>templates</c> folder the build copies beside the binary.</summary>
public static class ReportTemplates
{
    /// <summary>The name of the main template inside a template folder.</summary>
    public const string MainTemplateName = "report.md.sbn";

    /// <summary>The shipped templates folder beside the running program.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>The shipped main template.</summary>
    public static string MainTemplate => Path.Combine(Folder, MainTemplateName);

    /// <summary>The shipped template of the audit trail file (<c>expertrig recommend --audit &lt;file&gt;</c>).</summary>
    public static string AuditTemplate => Path.Combine(Folder, "audit.md.sbn");
}
