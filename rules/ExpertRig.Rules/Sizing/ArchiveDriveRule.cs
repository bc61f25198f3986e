using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Sizing;

/// <summary>Notes the archive drive 405B-class model files call for.</summary>
[Name("archive-drive-for-405b")]
[Description("Notes, for 405B-class models, that their files call for a large archive drive beside the fast NVMe drive for the active model.")]
[Tag("sizing"), Tag("storage")]
[Priority(50)]
[Source("guide § 'Storage' ('For 405B+ model users: A dedicated 4TB or larger drive is necessary … 4TB Seagate IronWolf Pro NAS drive ($120) for … model archive storage')")]
public sealed class ArchiveDriveRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;

        When()
            .Match(() => build)
            .Match(() => prediction, p => ReferenceEquals(p.Build, build), p => GuideClasses.Is405BClass(p.Need.Model));
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build, prediction));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build, WorkloadPrediction prediction) =>
        Finding.Written(build, FindingKind.Note, rule, (build, prediction), static s => Text(s.build, s.prediction));

    private static string Text(Build build, WorkloadPrediction prediction)
    {
        var file = $"{prediction.Need.Model.Name} at {prediction.Quant.Name} is a {Figures.Gb(prediction.Estimate.WeightsGb)} file";
        return build.Storage.FirstOrDefault(d => d.Kind == StorageKind.Hdd) is { } archive
            ? $"{file}: the {archive.Name} archive drive keeps about {Figures.Number(Math.Floor(archive.CapacityTb * 1000 / prediction.Estimate.WeightsGb), 0)} such files, with the active model on NVMe."
            : $"{file}: keep large models on a 4 TB or larger archive drive (the guide suggests a 4 TB Seagate IronWolf Pro, about $120), with the active model on NVMe.";
    }
}
