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

    /// <summary>The condition <paramref name="lambda"/> in words.</summary>
    public static string Of(string lambda)
    {
        var arrow = lambda.IndexOf("=>", StringComparison.Ordinal);
        var parameter = arrow > 0 ? lambda[..arrow].Trim() : "";
        var body = arrow > 0 ? lambda[(arrow + 2)..].Trim() : lambda.Trim();
        return new Reader(body, parameter).Sentence();
    }

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

        public string Sentence()
        {
            var sentence = Or();
            return at < text.Length ? sentence + " " + Name(text[at..].Trim()) : sentence;
        }

        private string Or()
        {
            var parts = new List<string> { And() };
            while (Take("||"))
            {
                parts.Add(And());
            }

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
            Skip();
            if (Take("("))
            {
                var inner = Or();
                Take(")");
                return new Term(Kind.Clause, inner, "", "");
            }

            var start = at;
            while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] is '.' or '_' or '"' or '-'))
            {
                at++;
            }

            var token = text[start..at];
            Skip();
            if (at < text.Length && text[at] == '(')
            {
                at++;
                var arguments = new List<Term>();
                while (at < text.Length && !Take(")"))
                {
                    arguments.Add(Lambda() ?? Operand());
                    Take(",");
                }

                return Call(token, arguments);
            }

            return Path(token);
        }

        // A nested lambda (Any(a => ...)) is read as a clause about "one".
        private Term? Lambda()
        {
            var match = NestedLambda().Match(text, at);
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
            var first = arguments.Count > 0 ? arguments[0] : null;
            var text = (method, target, first) switch
            {
                ("ReferenceEquals", _, { } a) when arguments.Count == 2 && arguments[1].Text == "this build" => $"{Owner(a)} is for this build",
                ("ReferenceEquals", _, { } a) when arguments.Count == 2 => $"{a.Text} is {arguments[1].Text}",
                ("Not", _, { } a) => a.Kind == Kind.Path ? $"not ({Holds(a)})" : $"not ({a.Text})",
                ("Convert", _, { } a) => a.Text,
                ("Contains", { } t, { } a) => $"{t.Text} include {a.Text}",
                ("Any", { } t, { } a) => $"one of {t.Text} has: {a.Text}",
                ("Wants", { } t, { } a) => $"{Owner(t)} wants {a.Text}",
                (_, { } t, _) => $"{t.Text}: {Name(method)}{Arguments(arguments)}",
                (_, null, { } a) when VerbCall().Match(method) is { Success: true } verb =>
                    $"{a.Text} {Verb(verb.Groups["verb"].Value)} {Name(verb.Groups["rest"].Value)}{Rest(arguments)}",
                _ => $"{Name(method)}{Arguments(arguments)}",
            };
            return new Term(Kind.Clause, text, "", "");
        }

        private static string Verb(string verb) => verb switch
        {
            "Is" => "is",
            "Has" => "has",
            "Needs" => "needs",
            "Accepts" => "accepts",
            _ => "can",
        };

        private static string Rest(List<Term> arguments) =>
            arguments.Count <= 1 ? "" : " " + string.Join(", ", arguments.Skip(1).Select(a => a.Text));

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

        private static string Article(Term term) => "aeiouAEIOU".Contains(Tail(term)[0]) || Tail(term).StartsWith("RAM", StringComparison.Ordinal) ? "an " : "a ";

        private bool Take(string token)
        {
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

    [GeneratedRegex(@"\w+\s*=>\s*")]
    private static partial Regex NestedLambda();

    private enum Kind
    {
        Path,
        Literal,
        Clause,
    }

    // Text: the words; Last: the last member (for Uses/Is/Has and Engine); Owner: who "it" is for verb phrases.
    private sealed record Term(Kind Kind, string Text, string Last, string Owner);
}
