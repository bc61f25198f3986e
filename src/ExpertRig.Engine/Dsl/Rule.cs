namespace ExpertRig.Engine.Dsl;

/// <summary>
/// Base class of every production rule, shaped like NRules.Fluent's <c>Rule</c>: override <see cref="Define"/>,
/// declare pattern variables as locals initialised to <c>default!</c>, describe the left-hand side with
/// <see cref="When"/> and the actions with <see cref="Then"/>.
/// </summary>
public abstract class Rule
{
    private LeftHandSideExpression? _when;
    private RightHandSideExpression? _then;

    /// <summary>Declares the rule's patterns and actions; called once when the repository loads the rule.</summary>
    public abstract void Define();

    /// <summary>Starts (or continues) the left-hand side: the patterns the facts must match.</summary>
    protected LeftHandSideExpression When() => _when ??= new LeftHandSideExpression();

    /// <summary>Starts (or continues) the right-hand side: the actions run when the rule fires.</summary>
    protected RightHandSideExpression Then() => _then ??= new RightHandSideExpression();

    internal (LeftHandSideExpression? When, RightHandSideExpression? Then) Build()
    {
        _when = null;
        _then = null;
        Define();
        return (_when, _then);
    }
}
