using CsCheck;
using ExpertRig.Cli.Tests.Support;
using ExpertRig.Cli.Wizard;
using ExpertRig.Cli.Wizard.Answers;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Cli.Tests.Wizard;

public sealed class WizardAnswersTests
{
    private static readonly Advisor.Advisor Shared = Advisor.Advisor.Default;
    private static Domain.Catalog.Catalog Catalog => Shared.Knowledge.Catalog;

    public static TheoryData<string> ExampleProfiles =>
        [.. Repository.ExampleProfileNames];

    [Fact]
    public void Defaults_MakeAProfile_WithTheDefaultModelAndBudget()
    {
        var profile = WizardAnswers.Defaults(Catalog).ToProfile(Catalog);

        profile.Workloads.ShouldHaveSingleItem().ShouldBe(new Workload(WizardDefaults.PreferredModelId, null, ProfileDefaults.ContextTokens));
        profile.BudgetUsd.ShouldBe(WizardDefaults.BudgetUsd);
        profile.ShouldBe(Shared.ProfileLoader.Parse($"workloads:\n  - model: {WizardDefaults.PreferredModelId}\nbudget_usd: 5000\n", "defaults"));
    }

    [Theory]
    [MemberData(nameof(ExampleProfiles))]
    public void From_ThenToProfile_GivesBackTheProfile_ForEveryExample(string file)
    {
        var profile = Shared.ProfileLoader.Load(Repository.Example(file));

        WizardAnswers.From(profile).ToProfile(Catalog).ShouldBe(profile);
    }

    [Fact]
    public void AProfileWithAModelFile_OpensWithoutProblems_AndSavesTheFileBack_UntilAnotherModelIsChosen()
    {
        var folder = Directory.CreateTempSubdirectory("expertrig-wizard-model-file-").FullName;
        try
        {
            Directory.CreateDirectory(System.IO.Path.Combine(folder, "Qwen3-8B"));
            File.Copy(Repository.Path("rules", "catalog", "models", "qwen-3-8b.config.json"), System.IO.Path.Combine(folder, "Qwen3-8B", "config.json"));
            var path = System.IO.Path.Combine(folder, "profile.yaml");
            File.WriteAllText(path, "workloads:\n  - model_file: Qwen3-8B/config.json\n    quant: q4-k-m\n    context_tokens: 8192\nbudget_usd: 3000\n");
            var profile = Shared.ProfileLoader.Load(path);

            var answers = WizardAnswers.From(profile);

            answers.Problems(Catalog).ShouldBeEmpty();
            var saved = answers.ToProfile(Catalog);
            saved.ShouldBe(profile);
            saved.ImportedModels.ShouldHaveSingleItem().Id.ShouldBe("qwen3-8b");
            ProfileWriter.ToYaml(saved).ShouldContain($"  - model_file: \"{System.IO.Path.Combine(folder, "Qwen3-8B", "config.json").Replace("\\", "\\\\", StringComparison.Ordinal)}\"\n");

            answers.Workloads[0].Model = "llama-3-8b";
            var changed = answers.ToProfile(Catalog);

            changed.Workloads.Single().ModelFile.ShouldBeNull();
            changed.ImportedModels.ShouldBeEmpty();
            ProfileWriter.ToYaml(changed).ShouldContain("  - model: llama-3-8b\n");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("0", "must be more than 0")]
    [InlineData("-100", "must be more than 0")]
    [InlineData("lots", "'lots' is not a number")]
    [InlineData("", "enter a budget in US dollars")]
    [InlineData("2,000,000", "must be at most 1,000,000")]
    public void Problems_NameTheBudget_WhenItIsNotAPositiveAmount(string typed, string expected)
    {
        var answers = WizardAnswers.Defaults(Catalog);
        answers.BudgetText = typed;

        var problem = answers.Problems(Catalog).ShouldHaveSingleItem();

        problem.Field.ShouldBe(AnswerFields.Budget);
        problem.Message.ShouldContain(expected);
    }

    [Theory]
    [InlineData("$5,000", 5000)]
    [InlineData("12 500", 12500)]
    [InlineData("7000.50", 7000.5)]
    public void ToProfile_ReadsTheBudget_AsPeopleTypeIt(string typed, double expected)
    {
        var answers = WizardAnswers.Defaults(Catalog);
        answers.BudgetText = typed;

        answers.ToProfile(Catalog).BudgetUsd.ShouldBe(expected);
    }

    [Fact]
    public void Problems_AskForAWorkload_WhenNoneIsLeft()
    {
        var answers = WizardAnswers.Defaults(Catalog);
        answers.Workloads.Clear();

        answers.Problems(Catalog).ShouldHaveSingleItem().Field.ShouldBe(AnswerFields.Workloads);
        Should.Throw<InvalidOperationException>(() => answers.ToProfile(Catalog)).Message.ShouldContain("at least one workload");
    }

    [Fact]
    public void Problems_NameTheContext_WhenItExceedsTheModelsMaximum()
    {
        var answers = WizardAnswers.Defaults(Catalog);
        answers.Workloads.Add(new WorkloadAnswer { Model = "llama-2-7b", ContextText = "8192" });

        var problem = answers.Problems(Catalog).ShouldHaveSingleItem();

        problem.Field.ShouldBe(AnswerFields.Workload(1, AnswerFields.Context));
        problem.Message.ShouldBe("must be at most 4,096 (llama-2-7b's maximum)");
    }

    [Fact]
    public void NewWorkload_CapsTheDefaultContext_AtTheModelsMaximum() =>
        WizardAnswers.NewWorkload(Catalog, "llama-2-7b").ContextText.ShouldBe("4096");

    [Fact]
    public void AnySavedAnswers_LoadBack_AsTheSameProfile()
    {
        // Whatever valid answers the wizard holds, the YAML it saves is a profile the loader reads back unchanged.
        var models = Catalog.Models.Select(m => m.Id).ToArray();
        var quants = Catalog.Quantizations.Select(q => (string?)q.Name).Prepend(null).ToArray();
        var workload = Gen.Select(Gen.OneOf(models), Gen.OneOf(quants), Gen.Int[256, 4096], Gen.Double[0.5, 200].Nullable())
            .Select((model, quant, context, speed) => new WorkloadAnswer
            {
                Model = model,
                Quant = quant,
                ContextText = context.ToString(System.Globalization.CultureInfo.InvariantCulture),
                SpeedText = speed is { } s ? AnswerText.Show(Math.Round(s, 2)) : "",
            });
        var answers = Gen.Select(workload.List[1, 8], Gen.Int[1, 256], Gen.Double[1, 1_000_000], Gen.Double[0, 5], Gen.Double[0, 24])
            .Select((workloads, users, budget, price, hours) =>
            {
                var a = new WizardAnswers
                {
                    UsersText = users.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    BudgetText = AnswerText.Dollars(Math.Round(budget, 2)),
                    ElectricityText = AnswerText.Show(Math.Round(price, 3)),
                    HoursText = AnswerText.Show(Math.Round(hours, 1)),
                };
                a.Workloads.AddRange(workloads);
                return a;
            });

        answers.Sample(a =>
        {
            a.Problems(Catalog).ShouldBeEmpty();
            var profile = a.ToProfile(Catalog);
            Shared.ProfileLoader.Parse(ProfileWriter.ToYaml(profile), "wizard answers").ShouldBe(profile);
        }, iter: 200);
    }
}
