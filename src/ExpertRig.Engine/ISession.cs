using ExpertRig.Engine.Audit;

namespace ExpertRig.Engine;

/// <summary>
/// A working memory of facts and an agenda of activations (mirrors NRules' <c>ISession</c>), plus the audit trail:
/// journal, <see cref="Why"/> and <see cref="WhyNot"/>. Not thread-safe: one session per thread.
/// </summary>
public interface ISession
{
    /// <summary>Working-memory, agenda and firing events.</summary>
    SessionEvents Events { get; }

    /// <summary>Most firings one <see cref="Fire()"/> may make before it stops a runaway loop (default 10,000).</summary>
    int FiringLimit { get; set; }

    /// <summary>Every firing so far, in order.</summary>
    IReadOnlyList<FiringRecord> Journal { get; }

    /// <summary>The activations waiting to fire, in the order they will fire.</summary>
    IReadOnlyList<AgendaEntry> Agenda { get; }

    /// <summary>Inserts a new fact; throws if the same object is already in working memory.</summary>
    void Insert(object fact);

    /// <summary>Inserts a fact unless the same object is already there; true when inserted.</summary>
    bool TryInsert(object fact);

    /// <summary>Inserts several new facts.</summary>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Tells the engine a fact changed.</summary>
    void Update(object fact);

    /// <summary>Removes a fact; linked facts that depended on it go too.</summary>
    void Retract(object fact);

    /// <summary>The facts of type <typeparamref name="T"/> in working memory, oldest first.</summary>
    IReadOnlyList<T> Query<T>();

    /// <summary>Fires activations until the agenda is empty or a rule halts; returns how many fired.</summary>
    int Fire();

    /// <summary>Fires at most <paramref name="maxRules"/> activations; returns how many fired.</summary>
    int Fire(int maxRules);

    /// <summary>The derivation of a fact in working memory, down to the facts the caller inserted.</summary>
    Derivation Why(object fact);

    /// <summary>Why the named rule did not fire (or the matches it has when it did).</summary>
    WhyNotReport WhyNot(string ruleName);
}
