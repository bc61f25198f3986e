using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;
using ExpertRig.Precompiler;

// expertrig-precompiler <catalog folder> <output .cs file> <namespace>: see ShippedDataWriter.
if (args is not [var folder, var output, var ns])
{
    Console.Error.WriteLine("usage: ExpertRig.Precompiler <catalog folder> <output .cs file> <namespace>");
    return 2;
}

try
{
    var source = ShippedDataWriter.Write(ShippedDataReader.Read(folder), ns);
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);

    // Written only when it changed, so that an unchanged catalog does not recompile the program.
    if (!File.Exists(output) || File.ReadAllText(output) != source)
    {
        File.WriteAllText(output, source);
    }

    return 0;
}
catch (Exception error) when (error is CatalogException or PhysicsDataException or UnsupportedShapeException)
{
    // One line the build shows as an error, naming the file and entry (the loaders' own messages).
    Console.Error.WriteLine($"error EXPERTRIG001: {error.Message}");
    return 1;
}
