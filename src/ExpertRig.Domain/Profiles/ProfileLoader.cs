using ExpertRig.Domain.Files;
using ExpertRig.Domain.Yaml;
using YamlDotNet.RepresentationModel;

namespace ExpertRig.Domain.Profiles;

/// <summary>
/// Reads a profile YAML file into a <see cref="Profile"/>, or fails with a one-line <see cref="ProfileException"/>
/// naming the file, line, column and what is allowed. No other exception escapes for any file content.
/// </summary>
public sealed class ProfileLoader
{
    private readonly IProfileVocabulary vocabulary;
    private readonly Func<string, Stream> openRead;

    /// <summary>Creates a loader that checks model and quantization ids against <paramref name="vocabulary"/>.</summary>
    public ProfileLoader(IProfileVocabulary vocabulary)
        : this(vocabulary, path => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
    {
    }

    // Tests substitute the opener to reach failures a test run cannot cause for real (root reads any file).
    internal ProfileLoader(IProfileVocabulary vocabulary, Func<string, Stream> openRead)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        this.vocabulary = vocabulary;
        this.openRead = openRead;
    }

    /// <summary>Reads and validates the profile at <paramref name="path"/>; errors name the path as given.</summary>
    public Profile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            throw new ProfileException("(no path)", null, null, "no profile path was given");
        }

        if (Directory.Exists(path))
        {
            throw new ProfileException(path, null, null, "this is a directory; give the path of a profile .yaml file");
        }

        var bytes = ReadCapped(path);
        return Parse(ProfileText.Decode(bytes, path), path);
    }

    /// <summary>Validates profile YAML held in memory; <paramref name="sourceName"/> is the name errors show.</summary>
    public Profile Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (text.Length > ProfileLimits.MaxFileBytes)
        {
            throw TooLarge(sourceName, text.Length);
        }

        // A byte-order mark survives into text read without decoding (a pasted or File.ReadAllText'ed string).
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        ProfileText.CheckCharacters(text, sourceName);

        var root = GuardedYaml.LoadSingleDocument(text, Limits(sourceName));
        return root switch
        {
            null or YamlScalarNode { Value: null or "" or "~" or "null" } => throw new ProfileException(
                sourceName, null, null, "the profile is empty; it needs at least 'workloads:' (see docs/profile.md)"),
            YamlMappingNode mapping => new ProfileReader(vocabulary, sourceName).Read(mapping),
            _ => throw YamlErrors.At(sourceName, root.Start, "expected keys such as 'workloads:' and 'budget_usd:' at the top level, not a single value or a list"),
        };
    }

    // A profile nests three levels (top mapping, workloads list, workload mapping); a little slack keeps the
    // error about the real mistake rather than about depth.
    private static YamlLimits Limits(string sourceName) => new(
        "profile",
        MaxDepth: 8,
        "a profile needs three (workloads → entry → key)",
        MaxAliases: 100,
        "budget_usd",
        (mark, problem) => YamlErrors.At(sourceName, mark, problem));

    private byte[] ReadCapped(string path)
    {
        try
        {
            // FIFOs, devices, sockets and link loops are refused before opening: opening a FIFO blocks until a
            // writer comes, and a device never ends.
            try
            {
                InputFile.RequireRegular(path, InputKind.Profile);
            }
            catch (FileAccessException error)
            {
                throw new ProfileException(path, null, null, error.Problem);
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                var folder = info.DirectoryName;
                throw new ProfileException(path, null, null, folder is not null && !Directory.Exists(folder)
                    ? $"no such file: the folder '{folder}' does not exist"
                    : "no such file");
            }

            // The length is checked first so a huge file is refused without being read; the capped read below
            // still guards against files that grow or report no length (devices, /proc).
            if (info.Length > ProfileLimits.MaxFileBytes)
            {
                throw TooLarge(path, info.Length);
            }

            using var stream = openRead(path);
            var buffer = new byte[ProfileLimits.MaxFileBytes + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            if (total > ProfileLimits.MaxFileBytes)
            {
                throw TooLarge(path, total);
            }

            if (total == 0)
            {
                throw new ProfileException(path, null, null, "the file is empty; a profile needs at least 'workloads:' (see docs/profile.md)");
            }

            return buffer[..total];
        }
        catch (UnauthorizedAccessException)
        {
            throw new ProfileException(path, null, null, "permission denied: the file cannot be read");
        }
        catch (FileNotFoundException)
        {
            throw new ProfileException(path, null, null, "no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new ProfileException(path, null, null, "no such file: its folder does not exist");
        }
        catch (Exception error) when (error is IOException or ArgumentException or NotSupportedException)
        {
            throw new ProfileException(path, null, null, $"the file cannot be read: {error.Message}");
        }
    }

    private static ProfileException TooLarge(string sourceName, long size)
    {
        const double mebibyte = 1_048_576;
        var shown = size >= 2 * mebibyte
            ? Figures.Fixed(size / mebibyte, 1) + " MB"
            : Figures.Number(size, 0) + " bytes";
        return new ProfileException(
            sourceName,
            null,
            null,
            $"the file is {shown}; a profile must be at most {Figures.Number(ProfileLimits.MaxFileBytes / mebibyte, 0)} MB (a real one is under 2 KB)");
    }
}
