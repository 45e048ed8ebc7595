using Articles.Extraction.Page;

namespace Articles.Extraction.Cascade;

/// <summary>The answer of a cascade and the rule that gave it.</summary>
public sealed record Found<T>(T Value, string Rule) where T : class;

/// <summary>Rules tried in priority order; the first non-null answer wins.</summary>
public sealed class FieldCascade<T> where T : class
{
    private readonly IFieldRule<T>[] rules;

    public FieldCascade(string field, params IFieldRule<T>[] rules)
    {
        Field = field;
        this.rules = rules;
    }

    public string Field { get; }

    public IReadOnlyList<string> RuleNames => Array.ConvertAll(rules, r => r.Name);

    public Found<T>? Run(PageContext page)
    {
        foreach (var rule in rules)
        {
            var value = rule.Find(page);
            if (value is not null)
            {
                return new Found<T>(value, rule.Name);
            }
        }

        return null;
    }
}
