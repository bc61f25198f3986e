using ExpertRig.Domain.Catalog.Yaml;

namespace ExpertRig.Domain.Catalog.Validation;

/// <summary>
/// The catalog's load-time rules: well-formed unique ids, a name and source on every entry, physically possible specs,
/// ordered price ranges, and references between files that resolve (sockets, GPUs, base models).
/// </summary>
internal static class CatalogValidator
{
    public static void Validate(CatalogFiles files)
    {
        var problems = new CatalogProblems();
        var firstFileOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        var cpus = files.Cpus.Entries;

        Check(files.Gpus, problems, firstFileOfId, AcceleratorChecks.Gpu);
        Check(files.Systems, problems, firstFileOfId, AcceleratorChecks.System);
        Check(files.Cpus, problems, firstFileOfId, PlatformChecks.Cpu);
        Check(files.Motherboards, problems, firstFileOfId, (board, check) => PlatformChecks.Board(board, check, cpus));
        Check(files.Coolers, problems, firstFileOfId, (cooler, check) => PlatformChecks.Cooler(cooler, check, cpus));
        Check(files.MemoryKits, problems, firstFileOfId, PartChecks.MemoryKit);
        Check(files.Storage, problems, firstFileOfId, PartChecks.Drive);
        Check(files.PowerSupplies, problems, firstFileOfId, PartChecks.PowerSupply);
        Check(files.Cases, problems, firstFileOfId, PartChecks.Case);
        Check(files.Accessories, problems, firstFileOfId, (item, check) => PartChecks.Accessory(item, check, files.Gpus.Entries));
        Check(files.Models, problems, firstFileOfId, (model, check) => ModelChecks.Model(model, check, files.Models.Entries, files.Quantizations.Entries));
        Check(files.Quantizations, problems, firstFileOfId, ModelChecks.Quantization);

        problems.ThrowIfAny();
    }

    private static void Check<T>(
        CatalogFile<T> file,
        CatalogProblems problems,
        Dictionary<string, string> firstFileOfId,
        Action<T, EntryChecks> checkEntry)
        where T : ICatalogEntry
    {
        for (var i = 0; i < file.Entries.Count; i++)
        {
            var entry = file.Entries[i];
            var location = i < file.Locations.Count ? file.Locations[i] : null;
            var check = new EntryChecks(problems, file.FileName, location, entry.Id);

            check.Require(
                CatalogIds.IsValid(entry.Id),
                "id",
                $"'{entry.Id}' is not lowercase kebab-case (letters and digits joined by '-', a '.' only between digits)");
            if (entry.Id is not null && !firstFileOfId.TryAdd(entry.Id, file.FileName))
            {
                var first = firstFileOfId[entry.Id];
                var where = first == file.FileName ? "earlier in this file" : $"in {first}";
                check.Fail("id", $"'{entry.Id}' is a duplicate: the same id is used {where}");
            }

            check.Text("name", entry.Name);
            check.Text("source", entry.Source);
            checkEntry(entry, check);
        }
    }
}
