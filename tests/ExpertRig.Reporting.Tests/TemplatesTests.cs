namespace ExpertRig.Reporting.Tests;

public sealed class TemplatesTests
{
    [Fact]
    public void TheTemplatesFolder_IsBesideTheBinary() =>
        ExpertRig.Reporting.ReportingAssembly.TemplatesDirectory.ShouldStartWith(AppContext.BaseDirectory);
}
