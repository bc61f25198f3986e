using System.Collections;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ExpertRig.Reporting;

/// <summary>
/// A function a template calls (<c>fmt.*</c>, and the shipped templates' <c>array.*</c>), bound to its C# method by
/// hand. Scriban's reflection import (<c>ScriptObject.Import(typeof(…))</c>) gives the same functions, but building
/// them runs <c>DynamicCustomFunction</c>'s static constructor, which looks up every builtin signature by reflection:
/// about a fiftieth of a cold native recommend (docs/adr/0002-start-up.md, fifth round). Scriban converts each argument
/// to the parameter type a function reports before calling it (<c>ScriptFunctionCall</c>), so a function that reports
/// the imported method's signature (names, types, defaults, return type) behaves as the import does, errors included;
/// <c>TemplateFunctionTests</c> compares every one with the import of its method.
/// </summary>
public sealed class TemplateFunction : IScriptCustomFunction
{
    private readonly ScriptParameterInfo[] parameters;
    private readonly Func<TemplateContext, ScriptNode?, ScriptArray, object?> body;

    private TemplateFunction(Type returnType, ScriptParameterInfo[] parameters, Func<TemplateContext, ScriptNode?, ScriptArray, object?> body)
    {
        ReturnType = returnType;
        this.parameters = parameters;
        this.body = body;
        RequiredParameterCount = parameters.Count(parameter => !parameter.HasDefaultValue);
    }

    /// <summary>The <c>fmt</c> functions (<see cref="ReportFunctions"/>), under the names templates call them by.</summary>
    public static IReadOnlyDictionary<string, TemplateFunction> Formatting { get; } = new Dictionary<string, TemplateFunction>(StringComparer.Ordinal)
    {
        ["usd"] = Of(typeof(string), [Double("amount")], a => ReportFunctions.Usd((double)a[0]!)),
        ["usd_whole"] = Of(typeof(string), [Double("amount")], a => ReportFunctions.UsdWhole((double)a[0]!)),
        ["usd_rate"] = Of(typeof(string), [Double("amount")], a => ReportFunctions.UsdRate((double)a[0]!)),
        ["num"] = Of(typeof(string), [Double("value"), new(typeof(int), "decimals", 1)], a => ReportFunctions.Num((double)a[0]!, (int)a[1]!)),
        ["pct"] = Of(typeof(string), [Double("fraction"), new(typeof(int), "decimals", 0)], a => ReportFunctions.Pct((double)a[0]!, (int)a[1]!)),
        ["duration"] = Of(typeof(string), [Double("seconds")], a => ReportFunctions.Duration((double)a[0]!)),
        ["yes_no"] = Of(typeof(string), [new(typeof(bool), "value")], a => ReportFunctions.YesNo((bool)a[0]!)),
        ["cell"] = Of(typeof(string), [new(typeof(object), "value")], a => ReportFunctions.Cell(a[0])),
        ["label"] = Of(typeof(string), [new(typeof(object), "value")], a => ReportFunctions.Label(a[0])),
    };

    /// <summary>The <c>array</c> functions the shipped templates call: Scriban's own <see cref="ArrayFunctions"/> methods.</summary>
    public static IReadOnlyDictionary<string, TemplateFunction> ShippedArray { get; } = new Dictionary<string, TemplateFunction>(StringComparer.Ordinal)
    {
        ["contains"] = new(typeof(bool), [new(typeof(IEnumerable), "list"), new(typeof(object), "item")],
            (context, caller, a) => ArrayFunctions.Contains(context, caller!.Span, (IEnumerable)a[0]!, a[1])),
        ["join"] = new(typeof(string), [new(typeof(IEnumerable), "list"), new(typeof(string), "delimiter"), new(typeof(object), "function", null)],
            (context, caller, a) => ArrayFunctions.Join(context, caller!.Span, (IEnumerable)a[0]!, (string)a[1]!, a[2])),
        ["map"] = new(typeof(IEnumerable), [new(typeof(object), "list"), new(typeof(string), "member")],
            (context, caller, a) => ArrayFunctions.Map(context, caller!.Span, a[0], (string)a[1]!)),
    };

    /// <inheritdoc />
    public int RequiredParameterCount { get; }

    /// <inheritdoc />
    public int ParameterCount => parameters.Length;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    /// <inheritdoc />
    public Type ReturnType { get; }

    /// <inheritdoc />
    /// <remarks>Out of range as Scriban's imported functions are (an extra argument in a template reports this message).</remarks>
    public ScriptParameterInfo GetParameterInfo(int index) => index >= 0 && index < parameters.Length
        ? parameters[index]
        : throw new ArgumentOutOfRangeException(nameof(index), $"Argument index must be < {parameters.Length}");

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        body(context, callerContext, arguments);

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    private static TemplateFunction Of(Type returnType, ScriptParameterInfo[] parameters, Func<ScriptArray, object?> body) =>
        new(returnType, parameters, (_, _, arguments) => body(arguments));

    private static ScriptParameterInfo Double(string name) => new(typeof(double), name);
}
