namespace ExpertRig.Cli.Output;

/// <summary>Writes a file all at once: into a temporary file beside it, then renamed over the target.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>; a reader never sees half a file.</summary>
    public static void Write(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new CliException($"--output: folder '{folder}' does not exist");
        }

        if (Directory.Exists(full))
        {
            throw new CliException($"--output: '{path}' is a directory, not a file");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temporary, content);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new CliException($"--output: cannot write '{path}': {ex.Message}");
        }
    }
}
