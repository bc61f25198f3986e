using System.Text.RegularExpressions;

namespace ExpertRig.Advisor.Explanations;

/// <summary>
/// Renders a rule condition as the engine prints it (<c>s => (ReferenceEquals(s.Build, build) &amp;&amp; (s.Engine == Vllm))</c>)
/// in words ("it is for this build and its engine is vLLM"). It reads only the printed text, so it works for every
/// rule without a hook in the engine; what it does not recognise it still turns into words, never into C#.
/// </summary>
public static partial class ConditionWords
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["Gpu"] = "GPU", ["Gpus"] = "GPUs", ["Cpu"] = "CPU", ["Psu"] = "PSU", ["Os"] = "OS", ["Mm"] = "(mm)", ["Gb"] = "GB",
        ["W"] = "(W)", ["Usd"] = "(USD)", ["Kv"] = "KV", ["Ecc"] = "ECC", ["Nvlink"] = "NVLink", ["Vllm"] = "vLLM",
        ["ExLlamaV2"] = "ExLlamaV2", ["LlamaCpp"] = "llama.cpp", ["MacOS"] = "macOS", ["Ram"] = "RAM", ["X16"] = "x16",
        ["Tdp"] = "TDP", ["Pcie"] = "PCIe", ["Nvme"] = "NVMe", ["Mlx"] = "MLX", ["Ollama"] = "Ollama", ["Ddr5"] = "DDR5",
        ["Ddr4"] = "DDR4", ["Id"] = "id", ["TwelveVolt2x6"] = "12V-2x6",
    };

    /// <summary>
    /// The condition <paramref name="lambda"/> in words, on one line. The reader does a bounded amount of work (a
    /// budget proportional to the condition's length, a cap on nesting); a condition it cannot read within that
    /// budget comes back as its plain text rather than hanging the caller.
    /// </summary>
    public static string Of(string lambda)
    {
        var plain = OneLine(lambda);
        if (plain.Length == 0)
        {
            return "(no condition)";
        }

        try
        {
            var arrow = lambda.IndexOf("=>", StringComparison.Ordinal);
            var parameter = arrow > 0 ? lambda[..arrow].Trim() : "";
            var body = arrow > 0 ? lambda[(arrow + 2)..].Trim() : lambda.Trim();
            var sentence = OneLine(new Reader(body, parameter).Sentence());
            return sentence.Length == 0 || sentence.Length > MaxGrowth * plain.Length + 200 ? plain : sentence;
        }
        catch (Exception e) when (e is TooMuchWork or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            return plain;
        }
    }

    // Work units (tokens taken, operands read) the reader may spend per character of the condition, and how deep
    // parentheses and calls may nest before it gives up; a sentence longer than MaxGrowth times the text is not words.
    private const int WorkPerCharacter = 64;
    private const int MaxDepth = 64;
    private const int MaxGrowth = 8;

    private sealed class TooMuchWork : Exception;

    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A PascalCase or camelCase name in lower-case words, with the domain's acronyms kept.</summary>
    public static string Name(string name)
    {
        if (Words.TryGetValue(name, out var known))
        {
            return known;
        }

        var parts = NamePart().Matches(name).Select(m => m.Value).ToList();
        return parts.Count == 0 ? name : string.Join(' ', parts.Select(p => Words.TryGetValue(p, out var w) ? w : p.ToLowerInvariant()));
    }

    [GeneratedRegex(@"[A-Z]?[a-z]+|[A-Z0-9]+(?![a-z])|\d+")]
    private static partial Regex NamePart();

    // A small recursive-descent reader over the printed expression: ||, &&, comparisons, Not(...), calls, paths.
    private sealed class Reader(string text, string parameter)
    {
        private int at;
        private int depth;
        private long work;
        private readonly long budget = WorkPerCharacter * ((long)text.Length + 16);

        private void Spend()
        {
            if (++work > budget)
            {
                throw new TooMuchWork();
            }
        }

        public string Sentence()
        {
            var sentence = Or();
            return at < text.Length ? sentence + " " + Name(text[at..].Trim()) : sentence;
        }

        private string Or()
        {
            if (++depth > MaxDepth)
            {
                throw new TooMuchWork();
            }

            var parts = new List<string> { And() };
            while (Take("||"))
            {
                parts.Add(And());
            }

            depth--;
            return string.Join(", or ", parts);
        }

        private string And()
        {
            var parts = new List<string> { Comparison() };
            while (Take("&&"))
            {
                parts.Add(Comparison());
            }

            return string.Join(" and ", parts);
        }

        private string Comparison()
        {
            var left = Arithmetic();
            foreach (var (op, words) in Operators)
            {
                if (Take(op))
                {
                    var right = Arithmetic();
                    return Compare(left, op, words, right);
                }
            }

            return left.Kind == Kind.Clause ? left.Text : Holds(left);
        }

        private static readonly (string Op, string Words)[] Operators =
        [
            ("==", "is"), ("!=", "is not"), (">=", "is at least"), ("<=", "is at most"), (">", "is more than"), ("<", "is less than"),
        ];

        private static string Compare(Term left, string op, string words, Term right)
        {
            if (right.Text == "null" && left.Kind == Kind.Thing)
            {
                return op == "!=" ? $"there is {left.Text}" : $"there is no {left.Last}";
            }

            if (right.Text == "null" && left.Kind == Kind.Clause)
            {
                return op == "!=" ? $"{left.Text} exists" : $"there is no {left.Text}";
            }

            if (right.Text == "null")
            {
                return op == "!=" ? $"{Owner(left)} has {Article(left)}{Tail(left)}" : $"{Owner(left)} has no {Tail(left)}";
            }

            if (left.Last == "Engine" && op == "==")
            {
                return $"{Owner(left)} runs {right.Text}";
            }

            return $"{left.Text} {words} {right.Text}";
        }

        private static string Holds(Term term) => term.Kind switch
        {
            Kind.Path when term.Last.StartsWith("Uses", StringComparison.Ordinal) => $"{Owner(term)} uses {Name(term.Last[4..])}",
            Kind.Path when term.Last.StartsWith("Is", StringComparison.Ordinal) => $"{Owner(term)} is {Name(term.Last[2..])}",
            Kind.Path when term.Last.StartsWith("Has", StringComparison.Ordinal) => $"{Owner(term)} has {Name(term.Last[3..])}",
            Kind.Path when term.Last.StartsWith("Needs", StringComparison.Ordinal) => $"{Owner(term)} needs {Name(term.Last[5..])}",
            Kind.Path when term.Last.StartsWith("Meets", StringComparison.Ordinal) => $"{Owner(term)} meets {Name(term.Last[5..])}",
            Kind.Path when term.Last == "Nvlink" => $"{Owner(term)} has NVLink",
            Kind.Path when term.Owner == "your profile" => $"your profile asks for {Name(term.Last)}",
            Kind.Path => $"{term.Text} is true",
            _ => term.Text,
        };

        private Term Arithmetic()
        {
            var left = Operand();
            while (true)
            {
                var op = Take(" * ") ? "times" : Take(" / ") ? "divided by" : Take(" + ") ? "plus" : Take(" - ") ? "minus" : null;
                if (op is null)
                {
                    return left;
                }

                var right = Operand();
                left = new Term(Kind.Clause, $"{left.Text} {op} {right.Text}", "", "");
            }
        }

        private Term Operand()
        {
            Spend();
            Skip();
            if (Take("("))
            {
                var inner = Or();
                Take(")");
                return new Term(Kind.Clause, inner, "", "");
            }

            // C#'s own negation (!b.IsMac), as opposed to the engine's Not(...).
            if (at < text.Length && text[at] == '!' && (at + 1 >= text.Length || text[at + 1] != '='))
            {
                at++;
                var negated = Operand();
                return new Term(Kind.Clause, negated.Kind == Kind.Path ? $"not ({Holds(negated)})" : $"not ({negated.Text})", "", "");
            }

            var start = at;
            while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] is '.' or '_' or '"' or '-' or '`'))
            {
                at++;
            }

            var token = text[start..at];
            Skip();
            if (at < text.Length && text[at] == '(')
            {
                at++;
                var arguments = new List<Term>();
                if (++depth > MaxDepth)
                {
                    throw new TooMuchWork();
                }

                while (at < text.Length && !Take(")"))
                {
                    var before = at;
                    arguments.Add(Lambda() ?? Operand());
                    Take(",");
                    if (at == before)
                    {
                        // Something the reader has no rule for (a generic's backtick, a stray operator): step over
                        // it, so the argument list always moves on (it used to spin here, growing without end).
                        at++;
                    }
                }

                depth--;
                return Call(token, arguments);
            }

            return Path(token);
        }

        // A nested lambda (Any(a => ...)) is read as a clause about "one".
        private Term? Lambda()
        {
            var match = NestedLambda().Match(text, at);
            Spend();
            if (!match.Success || match.Index != at)
            {
                return null;
            }

            at += match.Length;
            return new Term(Kind.Clause, Or(), "", "");
        }

        private Term Call(string name, List<Term> arguments)
        {
            var dot = name.LastIndexOf('.');
            var target = dot > 0 ? Path(name[..dot]) : null;
            var method = dot > 0 ? name[(dot + 1)..] : name;
            // An argument the rule passes as null ("no spacing", "no case") says nothing: it is left out of the words.
            var given = arguments.Where(a => a.Text != "null").ToList();
            var first = arguments.Count > 0 ? arguments[0] : null;
            if (method == "Plan" && target is null && arguments.Count >= 2)
            {
                return SlotPlan(arguments);
            }

            var text = (method, target, first) switch
            {
                ("ReferenceEquals", _, { } a) when arguments.Count == 2 && arguments[1].Text == "this build" => $"{Owner(a)} is for this build",
                ("ReferenceEquals", _, { } a) when arguments.Count == 2 => $"{a.Text} is {arguments[1].Text}",
                ("Not", _, { } a) => a.Kind == Kind.Path ? $"not ({Holds(a)})" : $"not ({a.Text})",
                ("Convert", _, { } a) => a.Text,
                ("Contains", { } t, { } a) => $"{t.Text} include {a.Text}",
                ("Any", { } t, { } a) => $"one of {t.Text} has: {a.Text}",
                ("Wants", { } t, { } a) => $"{Owner(t)} wants {a.Text}",
                (_, { } t, _) => $"{t.Text}: {Name(method)}{Arguments(given)}",
                (_, null, { } a) when VerbCall().Match(method) is { Success: true } verb =>
                    $"{a.Text} {Verb(verb.Groups["verb"].Value)} {Name(verb.Groups["rest"].Value)}{Rest(arguments)}",
                _ => $"{Name(method)}{Arguments(given)}",
            };
            return new Term(Kind.Clause, text, "", "");
        }

        // GpuSlotPlanner.Plan(board, count, cardWidth, spacing?, caseBrackets?): a slot layout, or null when none fits.
        private static Term SlotPlan(List<Term> arguments)
        {
            var board = arguments[0].Text == "null" ? "the board" : arguments[0].Text;
            var count = arguments[1].Text;
            var within = arguments.Count >= 5 && arguments[4].Text != "null" ? $" within {arguments[4].Text}" : "";
            var spaced = arguments.Count >= 4 && arguments[3].Text != "null" ? $" spaced by {arguments[3].Text}" : "";
            var noun = $"slot plan for {count} cards on {board}{spaced}{within}";
            return new Term(Kind.Thing, "a " + noun, noun, "");
        }

        private static string Verb(string verb) => verb switch
        {
            "Is" => "is",
            "Has" => "has",
            "Needs" => "needs",
            "Accepts" => "accepts",
            _ => "can",
        };

        private static string Rest(List<Term> arguments)
        {
            var rest = arguments.Skip(1).Where(a => a.Text != "null").Select(a => a.Text).ToList();
            return rest.Count == 0 ? "" : " " + string.Join(", ", rest);
        }

        private static string Arguments(List<Term> arguments) =>
            arguments.Count == 0 ? "" : " of " + string.Join(", ", arguments.Where(a => a.Text != "it").Select(a => a.Text).DefaultIfEmpty("it"));

        private Term Path(string token)
        {
            if (token.StartsWith('"') || double.TryParse(token, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return new Term(Kind.Literal, token, token, "");
            }

            var segments = token.Split('.');
            var own = segments[0] == parameter;
            var subject = own ? "it" : segments[0] switch
            {
                "build" => "this build",
                "requirements" => "your profile",
                var other => "the " + Name(other),
            };
            if (own && segments.Length > 1 && segments[1] == "Profile")
            {
                subject = "your profile";
                own = false;
            }
            if (segments.Length == 1)
            {
                return own || segments[0] == "build" ? new Term(Kind.Path, subject, "", subject) : new Term(Kind.Literal, Name(token), token, "");
            }

            var members = segments[1..].Where(s => s != "Profile").Select(Name).ToList();
            var owner = own ? "its" : subject.EndsWith('s') ? subject + "'" : subject + "'s";
            var ownerSubject = members.Count <= 1 ? subject : owner + " " + string.Join(" ", members.Take(members.Count - 1));
            return new Term(Kind.Path, members.Count == 0 ? subject : $"{owner} {string.Join(" ", members)}", segments[^1], ownerSubject);
        }

        private static string Owner(Term term) => term.Owner.Length > 0 ? term.Owner : term.Text;

        private static string Tail(Term term) => Name(term.Last);

        private static string Article(Term term) =>
            Tail(term) is { Length: > 0 } tail && ("aeiouAEIOU".Contains(tail[0]) || tail.StartsWith("RAM", StringComparison.Ordinal)) ? "an " : "a ";

        private bool Take(string token)
        {
            Spend();
            if (token.StartsWith(' '))
            {
                var exact = string.CompareOrdinal(text, at, token, 0, token.Length) == 0
                    || (at > 0 && text[at - 1] == ' ' && string.CompareOrdinal(text, at, token, 1, token.Length - 1) == 0);
                if (exact)
                {
                    at += text[at] == ' ' ? token.Length : token.Length - 1;
                }

                return exact;
            }

            Skip();
            if (string.CompareOrdinal(text, at, token, 0, token.Length) == 0)
            {
                at += token.Length;
                return true;
            }

            return false;
        }

        private void Skip()
        {
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }
        }
    }

    [GeneratedRegex(@"^(?<verb>Is|Has|Needs|Accepts|Can)(?<rest>[A-Z0-9]\w*)$")]
    private static partial Regex VerbCall();

    // Anchored (\G) at the reader's position: unanchored, every argument rescanned the rest of the condition.
    [GeneratedRegex(@"\G\w+\s*=>\s*")]
    private static partial Regex NestedLambda();

    private enum Kind
    {
        Path,
        Literal,
        Clause,

        // A noun phrase from a call that may return nothing ("a slot plan for ..."): Text with its article, Last without.
        Thing,
    }

    // Text: the words; Last: the last member (for Uses/Is/Has and Engine); Owner: who "it" is for verb phrases.
    private sealed record Term(Kind Kind, string Text, string Last, string Owner);
}
