using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Articles.Extraction.Page;

namespace Articles.Extraction.Cascade;

/// <summary>The answer of a cascade and the rule that gave it.</summary>
public sealed record Found<T>(T Value, string Rule) where T : class;

/// <summary>Rules tried in priority order; the first non-null answer wins.</summary>
public sealed class FieldCascade<T> where T : class
{
    private readonly IFieldRule<T>[] rules;
    private readonly string memoKey;

    public FieldCascade(string field, params IFieldRule<T>[] rules)
    {
        Field = field;
        this.rules = rules;
        memoKey = "cascade:" + field + ":" + RuntimeHelpers.GetHashCode(this).ToString(CultureInfo.InvariantCulture);
    }

    public string Field { get; }

    public IReadOnlyList<string> RuleNames => Array.ConvertAll(rules, r => r.Name);

    /// <summary>The cascade's answer for the page, computed once per page: other rules ask for it too (the modified
    /// cascade checks every answer against the published date).</summary>
    public Found<T>? Run(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Memo(memoKey, RunRules);
    }

    private Found<T>? RunRules(PageContext page)
    {
        foreach (var rule in rules)
        {
            if (!TryFind(rule, page, out var value))
            {
                // A pattern that times out on hostile text costs this rule its answer, not the page its fields.
                page.Budget.NoteTimeout($"{Field} ({rule.Name})");
                continue;
            }

            if (value is not null)
            {
                return new Found<T>(value, rule.Name);
            }
        }

        return null;
    }

    // The first run of a compiled pattern pays for its compilation, which on a busy machine alone can pass the
    // timeout: one retry tells that from text that really is hostile.
    private static bool TryFind(IFieldRule<T> rule, PageContext page, out T? value)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                value = rule.Find(page);
                return true;
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        value = default;
        return false;
    }
}
