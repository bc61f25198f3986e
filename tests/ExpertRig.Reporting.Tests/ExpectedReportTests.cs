using ExpertRig.Reporting.Tests.Support;

namespace ExpertRig.Reporting.Tests;

/// <summary>
/// The shipped report of three example profiles, byte for byte against Expected/*.md. When the rules, catalog or
/// templates change on purpose, regenerate with <c>EXPERTRIG_REGENERATE_REPORTS=1 dotnet test tests/ExpertRig.Reporting.Tests</c>
/// and review the diff; without the variable a difference fails.
/// </summary>
public sealed class ExpectedReportTests
{
    private const string RegenerateVariable = "EXPERTRIG_REGENERATE_REPORTS";

    [Theory]
    [InlineData("typical")]
    [InlineData("tier1-practitioner")]
    [InlineData("tier3-research-station")]
    public void Report_MatchesTheExpectedFile(string example)
    {
        var actual = Reports.Markdown(example + ".yaml");
        var path = Repository.Path("tests", "ExpertRig.Reporting.Tests", "Expected", example + ".md");
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing; create it with {RegenerateVariable}=1 dotnet test tests/ExpertRig.Reporting.Tests");
        var expected = File.ReadAllText(path);
        if (actual != expected)
        {
            Assert.Fail($"{path} differs from the rendered report; if the change is intended, rerun with {RegenerateVariable}=1 " +
                $"and review the diff. First difference at {FirstDifference(expected, actual)}");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var a = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (e != a)
            {
                return $"line {i + 1}:\n  expected: {e}\n  actual:   {a}";
            }
        }

        return "the line endings";
    }
}
