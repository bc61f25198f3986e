namespace ExpertRig.Reporting.Tests.Support;

/// <summary>A temporary folder of custom templates (root/templates) with a sibling folder outside the root; deleted on dispose.</summary>
internal sealed class TemplateFolder : IDisposable
{
    public TemplateFolder()
    {
        Base = Path.Combine(Path.GetTempPath(), $"expertrig-templates-{Guid.NewGuid():N}");
        Root = Path.Combine(Base, "templates");
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Base, "outside.sbn"), "secret");
    }

    public string Base { get; }

    public string Root { get; }

    /// <summary>Writes a template under the root and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Base, recursive: true);
}
