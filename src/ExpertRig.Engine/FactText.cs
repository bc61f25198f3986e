namespace ExpertRig.Engine;

/// <summary>Short readable text for a fact in messages and the audit trail (records print their members).</summary>
public static class FactText
{
    /// <summary>The fact's text, cut to a readable length.</summary>
    public static string Of(object? fact)
    {
        var text = fact switch
        {
            null => "null",
            System.Collections.IEnumerable list and not string => $"[{string.Join(", ", list.Cast<object?>().Select(Of))}]",
            _ => fact.ToString() ?? fact.GetType().Name,
        };
        return text.Length <= 240 ? text : string.Concat(text.AsSpan(0, 237), "...");
    }
}
