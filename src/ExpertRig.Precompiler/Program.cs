using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;
using ExpertRig.Precompiler;

// expertrig-precompiler <catalog folder> <output .cs file> <namespace> [<rules output .cs file>]: see
// ShippedDataWriter and RuleSourceWriter.
if (args.Length is not (3 or 4))
{
    Console.Error.WriteLine("usage: ExpertRig.Precompiler <catalog folder> <output .cs file> <namespace> [<rules output .cs file>]");
    return 2;
}

var (folder, output, ns) = (args[0], args[1], args[2]);
try
{
    Save(output, ShippedDataWriter.Write(ShippedDataReader.Read(folder), ns));
    if (args.Length == 4)
    {
        Save(args[3], RuleSourceWriter.Write(ExpertRig.Rules.RuleRegistry.All, ns));
    }

    return 0;
}
catch (Exception error) when (error is CatalogException or PhysicsDataException or UnsupportedShapeException
    or UnsupportedExpressionException or ExpertRig.Engine.RuleDefinitionException)
{
    // One line the build shows as an error, naming the file and entry (the loaders' own messages).
    Console.Error.WriteLine($"error EXPERTRIG001: {error.Message}");
    return 1;
}

// Written only when it changed, so that an unchanged catalog does not recompile the program.
static void Save(string path, string source)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    if (!File.Exists(path) || File.ReadAllText(path) != source)
    {
        File.WriteAllText(path, source);
    }
}
