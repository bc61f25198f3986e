namespace ExpertRig.Engine;

/// <summary>What a rule's actions can do while it fires (mirrors NRules' <c>IContext</c>).</summary>
public interface IContext
{
    /// <summary>The firing rule's metadata.</summary>
    RuleMetadata Rule { get; }

    /// <summary>The facts the firing activation matched, under their pattern names.</summary>
    IReadOnlyList<MatchedFact> Facts { get; }

    /// <summary>Stops the current <see cref="ISession.Fire()"/> after this action.</summary>
    void Halt();

    /// <summary>Inserts a new fact; throws if the same object is already in working memory.</summary>
    void Insert(object fact);

    /// <summary>Inserts a fact unless the same object is already in working memory; true when inserted.</summary>
    bool TryInsert(object fact);

    /// <summary>Inserts several new facts.</summary>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Tells the engine a fact changed; activations that matched it may fire again.</summary>
    void Update(object fact);

    /// <summary>Removes a fact from working memory.</summary>
    void Retract(object fact);

    /// <summary>Inserts a fact linked to this activation under <paramref name="key"/>: it is retracted automatically
    /// when the activation's match goes away.</summary>
    void InsertLinked(object key, object fact);

    /// <summary>Replaces the linked fact stored under <paramref name="key"/> by <paramref name="fact"/>.</summary>
    void UpdateLinked(object key, object fact);

    /// <summary>Retracts the linked fact stored under <paramref name="key"/>.</summary>
    void RetractLinked(object key);

    /// <summary>The linked fact stored under <paramref name="key"/>, or null.</summary>
    object? GetLinked(object key);
}
