using System.Diagnostics;
using System.Text;
using ExpertRig.Domain.Files;

namespace ExpertRig.Domain.Tests.Files;

/// <summary>
/// The one reader of user-named files: it examines the path before opening it, reads at most the kind's cap and
/// refuses what is not UTF-8 text, each time with one line naming the path.
/// </summary>
public sealed class InputFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("expertrig-inputfile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Describes_ARegularFile_AsStatDoes()
    {
        var path = Write("a.yaml", "gpu: rtx-3090\n");

        var entry = FileEntry.Of(path, followLinks: false);

        entry.Type.ShouldBe(FileType.Regular);
        entry.Size.ShouldBe(14);
        entry.LinkCount.ShouldBe(1);
        entry.Inode.ShouldBe(long.Parse(Shell("stat", "-c", "%i", path), System.Globalization.CultureInfo.InvariantCulture));
        entry.Permissions.ShouldBe(Convert.ToInt32(Shell("stat", "-c", "%a", path), 8));
    }

    [Fact]
    public void Counts_HardLinks()
    {
        var path = Write("a.yaml", "x");
        Shell("ln", path, Path.Combine(folder, "b.yaml"));

        FileEntry.Of(path, followLinks: false).LinkCount.ShouldBe(2);
    }

    [Fact]
    public void Refuses_AFifo_WithoutOpeningIt()
    {
        var fifo = Path.Combine(folder, "f.yaml");
        Shell("mkfifo", fifo);

        Should.Throw<FileAccessException>(() => InputFile.ReadText(fifo, InputKind.Build)).Message
            .ShouldBe($"{fifo}: is a named pipe (FIFO), not a regular file; a build file must be an ordinary file");
    }

    [Fact]
    public void Refuses_ACharacterDevice() =>
        Should.Throw<FileAccessException>(() => InputFile.ReadText("/dev/zero", InputKind.Template)).Message
            .ShouldBe("/dev/zero: is a character device, not a regular file; a report template must be an ordinary file");

    [Fact]
    public void Refuses_ASymbolicLinkLoop()
    {
        var a = Path.Combine(folder, "a.yaml");
        var b = Path.Combine(folder, "b.yaml");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);

        Should.Throw<FileAccessException>(() => InputFile.ReadText(a, InputKind.Build)).Message.ShouldContain("a loop of symbolic links");
    }

    [Fact]
    public void Reads_ThroughASymbolicLink()
    {
        var target = Write("target.yaml", "gpu: rtx-3090\n");
        var link = Path.Combine(folder, "link.yaml");
        File.CreateSymbolicLink(link, target);

        InputFile.ReadText(link, InputKind.Build).ShouldBe("gpu: rtx-3090\n");
    }

    [Fact]
    public void Refuses_AFileOverTheCap_BeforeReadingIt()
    {
        var path = Write("big.yaml", new string('#', (int)InputKind.Build.MaxBytes + 1));

        Should.Throw<FileAccessException>(() => InputFile.ReadText(path, InputKind.Build)).Message
            .ShouldBe($"{path}: the file is 262145 bytes; a build file may be at most 256 KB (a real one is a few lines)");
    }

    [Fact]
    public void Reads_AFileOfExactlyTheCap() =>
        InputFile.ReadBytes(Write("cap.yaml", new string('#', (int)InputKind.Build.MaxBytes)), InputKind.Build).Length
            .ShouldBe((int)InputKind.Build.MaxBytes);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuses_AnEmptyPath(string path) =>
        Should.Throw<FileAccessException>(() => InputFile.ReadText(path, InputKind.Template)).Message
            .ShouldBe("(no path): no report template path was given");

    [Fact]
    public void Refuses_AMissingFile_NamingTheMissingFolder() =>
        Should.Throw<FileAccessException>(() => InputFile.ReadText(Path.Combine(folder, "no", "x.yaml"), InputKind.Prices)).Message
            .ShouldContain("does not exist");

    [Fact]
    public void Refuses_ANameTooLongForTheFileSystem() =>
        Should.Throw<FileAccessException>(() => InputFile.ReadText(Path.Combine(folder, new string('n', 300)), InputKind.Profile)).Message
            .ShouldContain("too long");

    [Fact]
    public void Refuses_NulBytes_AtTheirPosition() =>
        Should.Throw<FileAccessException>(() => InputFile.ReadText(Write("nul.yaml", "gpu: a\ncpu: \0"), InputKind.Build)).Message
            .ShouldContain("line 2, column 6: the file contains NUL bytes");

    [Fact]
    public void Refuses_Utf16() =>
        Should.Throw<FileAccessException>(() => InputFile.ReadText(WriteBytes("u.yaml", [0xFF, 0xFE, (byte)'g', 0]), InputKind.Build)).Message
            .ShouldContain("UTF-16");

    [Fact]
    public void Drops_AByteOrderMark() =>
        InputFile.ReadText(WriteBytes("bom.yaml", [0xEF, 0xBB, 0xBF, (byte)'x']), InputKind.Build).ShouldBe("x");

    [Fact]
    public void BinaryStream_StopsAtTheCap_NotAtTheEndOfALargerFile()
    {
        var kind = new InputKind("test file", 1024, "small");
        var path = WriteBytes("model.gguf", new byte[4096]);
        using var stream = InputFile.OpenBinary(path, kind);
        var buffer = new byte[4096];

        stream.ReadAtLeast(buffer, 1024, throwOnEndOfStream: false).ShouldBe(1024);
        Should.Throw<FileAccessException>(() => stream.ReadExactly(buffer, 0, 1)).Message.ShouldContain("at most 1 KB");
    }

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Shell(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }
}
