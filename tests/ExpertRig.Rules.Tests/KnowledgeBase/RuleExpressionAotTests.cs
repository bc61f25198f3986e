using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ExpertRig.Rules.Tests.KnowledgeBase;

/// <summary>
/// A rule's conditions and actions are expression trees, which the C# compiler builds with calls to
/// <c>System.Linq.Expressions.Expression</c> factories inside <c>Define()</c>. The Native AOT compile (the linux-x64
/// tool) refuses the ones that make an array type at run time, <c>NewArrayInit</c> and <c>NewArrayBounds</c>
/// (IL3050): an interpolated string with more than three values is lowered to <c>string.Format(string, object[])</c>
/// and so builds one. The normal build's analyzers do not see these calls, so this test reads the rule assembly's
/// references: split such a sentence into interpolations of at most three values joined by <c>+</c>.
/// </summary>
public sealed class RuleExpressionAotTests
{
    [Fact]
    public void NoRuleExpression_BuildsAnArray_WhichTheNativeCompileRefuses()
    {
        using var reader = new PEReader(File.OpenRead(typeof(RuleRegistry).Assembly.Location));
        var metadata = reader.GetMetadataReader();

        var arrayFactories = metadata.MemberReferences
            .Select(handle => metadata.GetMemberReference(handle))
            .Where(member => member.Parent.Kind == HandleKind.TypeReference
                && metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)member.Parent).Name) == "Expression"
                && metadata.GetString(member.Name) is "NewArrayInit" or "NewArrayBounds")
            .Select(member => metadata.GetString(member.Name))
            .ToList();

        arrayFactories.ShouldBeEmpty(
            "a rule's expression builds an array (an interpolated string with more than three values?); Native AOT refuses it (IL3050)");
    }

    [Fact]
    public void TheCheck_SeesExpressionFactories_InTheRuleAssembly()
    {
        using var reader = new PEReader(File.OpenRead(typeof(RuleRegistry).Assembly.Location));
        var metadata = reader.GetMetadataReader();

        metadata.MemberReferences
            .Select(handle => metadata.GetMemberReference(handle))
            .ShouldContain(member => member.Parent.Kind == HandleKind.TypeReference
                && metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)member.Parent).Name) == "Expression"
                && metadata.GetString(member.Name) == "Lambda");
    }
}
