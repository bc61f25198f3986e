namespace ExpertRig.Reporting;

/// <summary>Marks the reporting assembly; the Scriban report renderer lives in this project.</summary>
public static class ReportingAssembly
{
    /// <summary>The folder the shipped templates are copied to, beside the binary.</summary>
    public static string TemplatesDirectory => Path.Combine(AppContext.BaseDirectory, "templates");
}
