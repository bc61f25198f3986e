using System.Text;

namespace ExpertRig.Engine.Audit;

/// <summary>
/// How a fact came to be: the firing that produced it (rule, description, matched facts) and, recursively, how each
/// matched fact came to be, down to the facts the caller inserted (<see cref="Firing"/> null).
/// </summary>
public sealed record Derivation(object Fact, FiringRecord? Firing, IReadOnlyList<Derivation> Premises)
{
    /// <summary>True when the caller inserted the fact rather than a rule.</summary>
    public bool IsGiven => Firing is null;

    /// <summary>The derivation as an indented tree, one fact or rule per line.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        Write(text, 0);
        return text.ToString();
    }

    private void Write(StringBuilder text, int depth)
    {
        var indent = new string(' ', depth * 4);
        text.Append(indent).Append(FactText.Of(Fact)).Append('\n');
        if (Firing is null)
        {
            text.Append(indent).Append("  (given)\n");
            return;
        }

        text.Append(indent).Append("  <- rule '").Append(Firing.Rule.Name).Append("': ")
            .Append(Firing.Rule.Description).Append('\n');
        foreach (var premise in Premises)
        {
            premise.Write(text, depth + 1);
        }
    }
}
