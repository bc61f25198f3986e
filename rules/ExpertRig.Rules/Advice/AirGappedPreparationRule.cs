using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Sizing;
using ExpertRig.Domain.Advice;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Rules.Advice;

/// <summary>What an air-gapped machine needs before it is disconnected.</summary>
[Name("air-gapped-preparation")]
[Description("For an air-gapped machine, lists what to download before disconnecting (model files, drivers, engine) and advises an offline archive copy.")]
[Tag("advice"), Tag("privacy")]
[Priority(0)]
[Source("guide § 'The Compliance Team Air-Gapped Dual RTX 5090 Setup' (zero internet connectivity) and 'Storage' (archive drive)")]
public sealed class AirGappedPreparationRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        IEnumerable<WorkloadPrediction> predictions = default!;

        When()
            .Match(() => build)
            .Exists<Requirements>(r => r.Profile.Privacy == Privacy.AirGapped)
            .Query(() => predictions, q => q.Match<WorkloadPrediction>(p => ReferenceEquals(p.Build, build)).Collect());
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build, predictions));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    // The collected predictions are copied: the sentence is written from them as they are now.
    private static Finding Note(string rule, Build build, IEnumerable<WorkloadPrediction> predictions) =>
        Finding.Written(build, FindingKind.Note, rule, (build, predictions: predictions.ToArray()), static s => Text(s.build, s.predictions));

    private static string Text(Build build, IEnumerable<WorkloadPrediction> predictions)
    {
        var models = predictions.Any()
            ? $"the model files ({SizingCalculations.ModelFileList(predictions)}; {Figures.Gb(SizingCalculations.ModelFilesGb(predictions))})"
            : "the model files";
        return $"Air gap: before disconnecting, download {models}, {AdviceCalculations.StackDownloads(build)}, and the inference engine with its dependencies; keep an offline archive copy of all of it on a separate drive.";
    }
}
