using Articles.Extraction.Attribution.People;

namespace Articles.Extraction.Attribution.Quotes;

/// <summary>Who a quote belongs to: a person of the article, or an anonymous phrase/institution (named: false).</summary>
/// <param name="Name">The person's nominative name, or the phrase in the nominative.</param>
/// <param name="Person">The person from the article's people index, when the speaker is a named person.</param>
internal sealed record Speaker(string Name, Person? Person)
{
    public bool Named => Person is not null;
}
