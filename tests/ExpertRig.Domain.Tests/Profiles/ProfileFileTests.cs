using System.Text;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Profiles;

/// <summary>Failures that come from the file rather than its YAML: each is one line naming the path.</summary>
public sealed class ProfileFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("expertrig-profile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Returns_Profile_ForValidFile()
    {
        var path = Write("ok.yaml", ProfileTestText.Full);

        ProfileTestText.Loader.Load(path).ShouldBe(ProfileTestText.Parse(ProfileTestText.Full));
    }

    [Fact]
    public void Reports_Path_InYamlErrors()
    {
        var path = Write("bad.yaml", "workloads:\n  - model: llama-3-70b\nbudget: 1\n");

        Error(path).Message.ShouldBe($"{path}:3:1: unknown key 'budget' — did you mean 'budget_usd'?");
    }

    [Fact]
    public void Reports_Empty_ForEmptyFile()
    {
        var path = Write("empty.yaml", string.Empty);

        Error(path).Message.ShouldBe($"{path}: the file is empty; a profile needs at least 'workloads:' (see docs/profile.md)");
    }

    [Fact]
    public void Reports_TooLarge_ForTenMegabyteFile_WithoutReadingIt()
    {
        var path = Path.Combine(folder, "huge.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(10 * 1024 * 1024);
        }

        var opened = false;
        var loader = new ProfileLoader(FakeProfileVocabulary.Instance, p =>
        {
            opened = true;
            return File.OpenRead(p);
        });

        Should.Throw<ProfileException>(() => loader.Load(path))
            .Message.ShouldBe($"{path}: the file is 10.0 MB; a profile must be at most 1 MB (a real one is under 2 KB)");
        opened.ShouldBeFalse();
    }

    [Fact]
    public void Reports_TooLarge_ForStreamLongerThanReportedLength()
    {
        var path = Write("grows.yaml", ProfileTestText.Minimal);
        var loader = new ProfileLoader(FakeProfileVocabulary.Instance, _ => new MemoryStream(new byte[2 * 1024 * 1024]));

        Should.Throw<ProfileException>(() => loader.Load(path)).Problem.ShouldStartWith("the file is 1,048,577 bytes;");
    }

    [Fact]
    public void Reports_Binary_ForNulBytes()
    {
        var path = Path.Combine(folder, "model.gguf");
        File.WriteAllBytes(path, [(byte)'G', (byte)'G', (byte)'U', (byte)'F', 3, 0, 0, 0, 0xFF, 0x10]);

        Error(path).Message.ShouldBe($"{path}:1:6: the file contains NUL bytes; it looks like a binary file, not a YAML profile");
    }

    [Fact]
    public void Reports_Binary_ForInvalidUtf8()
    {
        var path = Path.Combine(folder, "latin1.yaml");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("workloads:\n  - model: caf"), 0xE9, (byte)'\n']);

        Error(path).Message.ShouldBe($"{path}:2:15: the file is not valid UTF-8 text; it looks like a binary file, not a YAML profile");
    }

    [Fact]
    public void Reports_Utf16_ForUtf16File()
    {
        var path = Path.Combine(folder, "utf16.yaml");
        File.WriteAllText(path, ProfileTestText.Minimal, Encoding.Unicode);

        Error(path).Message.ShouldBe($"{path}: the file is UTF-16 text; save it as UTF-8");
    }

    [Fact]
    public void Reports_Directory_ForDirectoryPath()
    {
        Error(folder).Message.ShouldBe($"{folder}: this is a directory; give the path of a profile .yaml file");
    }

    [Fact]
    public void Reports_NoSuchFile_ForMissingFile()
    {
        var path = Path.Combine(folder, "absent.yaml");

        Error(path).Message.ShouldBe($"{path}: no such file");
    }

    [Fact]
    public void Reports_MissingFolder_ForFileInMissingFolder()
    {
        var path = Path.Combine(folder, "nowhere", "profile.yaml");

        Error(path).Message.ShouldBe($"{path}: no such file: the folder '{Path.Combine(folder, "nowhere")}' does not exist");
    }

    [Fact]
    public void Reports_PermissionDenied_ForUnreadableFile()
    {
        // Tests may run as root, which reads any file, so the denial is injected where the file is opened.
        var path = Write("locked.yaml", ProfileTestText.Minimal);
        var loader = new ProfileLoader(FakeProfileVocabulary.Instance, _ => throw new UnauthorizedAccessException("Access denied."));

        Should.Throw<ProfileException>(() => loader.Load(path))
            .Message.ShouldBe($"{path}: permission denied: the file cannot be read");
    }

    [Fact]
    public void Reports_ReadFailure_ForIoError()
    {
        var path = Write("flaky.yaml", ProfileTestText.Minimal);
        var loader = new ProfileLoader(FakeProfileVocabulary.Instance, _ => throw new IOException("Input/output error"));

        Should.Throw<ProfileException>(() => loader.Load(path))
            .Message.ShouldBe($"{path}: the file cannot be read: Input/output error");
    }

    [Fact]
    public void Reports_NoPath_ForEmptyPath()
    {
        Error(string.Empty).Message.ShouldBe("(no path): no profile path was given");
    }

    private static ProfileException Error(string path) =>
        Should.Throw<ProfileException>(() => ProfileTestText.Loader.Load(path));

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
